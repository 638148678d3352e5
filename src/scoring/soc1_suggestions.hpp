#pragma once
// `socready suggest soc1` (SPEC §6): the SOC 1 objectives that controls already tagged with Trust
// Services Criteria could address, by the crosswalk (scoring/crosswalk.hpp). Pure: plain values
// in, plain values out; the command writes them as a controls file for the user to review and
// import, so nothing here is ever applied to the inventory.

#include <span>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "scoring/crosswalk.hpp"

namespace socready::scoring {

// What suggesting needs: no evidence, no tests, only what each control says it addresses.
struct SuggestionInput {
  std::vector<Requirement> catalog;      // catalog order
  std::vector<Service> services;         // every service, in the inventory's order
  std::vector<ControlVersion> controls;  // the versions valid on the date, by key
};

struct Soc1Suggestion {
  std::string control;                   // the control's key
  std::string objective;                 // what it could address
  std::vector<std::string> from;         // the control's criteria that suggest it, in code order
  Strength strength = Strength::strong;  // strong when any of `from` is a strong entry
};

struct ObjectiveOutlook {
  std::string objective;
  std::string title;
  int already = 0;  // controls considered that already address it
  int strong = 0;   // controls that would gain it by a strong entry
  int weaker = 0;   // ... by weaker entries only
  // The services considered that have it in scope and would still have no control addressing
  // it after the suggestions were imported, in service order.
  std::vector<std::string> uncovered;
  int in_scope = 0;  // how many of the services considered have it in scope
};

struct Soc1Suggestions {
  std::vector<std::string> services;  // the services considered, in the inventory's order
  // Named services to which SOC 1 does not apply (considered as asked, but worth a word).
  std::vector<std::string> not_applying;
  std::vector<Soc1Suggestion> suggestions;  // by control key, then objective in catalog order
  std::vector<std::string> controls;        // the controls with a suggestion, by key
  // Every objective in scope of a service considered, catalog order.
  std::vector<ObjectiveOutlook> objectives;
};

// The services considered are those named (all must exist; the caller checks), else every
// service SOC 1 applies to. A control is considered when it covers one of them (entity-level
// controls cover all) and is not `not_applicable`; it is suggested an objective when one of its
// criteria maps to it, the objective is in scope for a service considered that it covers, and
// it does not address the objective already. `extra`: the user's own objectives' criteria.
Soc1Suggestions suggest_soc1(const SuggestionInput& input, std::span<const std::string> named = {},
                             std::span<const ObjectiveCriteria> extra = {});

}  // namespace socready::scoring
