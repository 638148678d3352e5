#pragma once
// Readiness of every service for SOC 1 and SOC 2, Type I and Type II, as of a date (SPEC §4).

#include <array>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "scoring/control_score.hpp"
#include "scoring/inventory.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// One result per service, in the inventory's service order. Pure and deterministic.
// Throws InputError when options.window_months is outside policy's range.
std::vector<ServiceResult> score(const Inventory& inventory, const Options& options);

// The same results handed to `each` one at a time, in the same order, each dropped once `each`
// returns unless it took it: a caller that prints as it goes never holds the portfolio's results at
// once (at 1,000 services x 20,000 controls they take some 150 MB).
void score_each(const Inventory& inventory, const Options& options,
                const std::function<void(ServiceResult&&)>& each);

// Throws InputError when options.window_months is outside policy's range.
void check_window_months(const Options& options);

// Several services scored as one scope (a system, SPEC §2): per framework, the union of their
// requirements in scope, the controls covering any of them, each requirement and each control
// counted once, so an entity-level gap is one gap and one blocker. Type II over `window` (Type I
// as of its closing day). A service's own score is the one-service case of the same code.
struct ScopeService {
  std::string service;  // slug
  ApplicabilityResult applicability;
};
struct ScopeScores {
  std::vector<ScopeService> services;  // those on file, in the order given
  Readiness readiness[2][2];           // [SOC 1, SOC 2][Type I, Type II]

  const Readiness& at(Framework f, ReportType t) const {
    return readiness[f == Framework::soc1 ? 0 : 1][t == ReportType::type1 ? 0 : 1];
  }
};
// `planned` (SOC 1, SOC 2): the scope plans a report of the framework, which then applies to it.
ScopeScores score_scope(const Inventory& inventory, const std::vector<std::string>& services,
                        const Window& window, const std::array<bool, 2>& planned);

// A scope's applicability of `f`: applies when planned or when it applies to one of its services;
// otherwise undetermined when it is for one of them; otherwise does not apply.
Outcome scope_outcome(std::span<const ApplicabilityResult* const> services, Framework f,
                      bool planned);

// The gaps of a readiness, from its requirements alone: one per requirement below full score,
// blockers first, then the lowest score, ties in catalog order. (Results read back from JSON
// rebuild them with this rather than store them.)
std::vector<Gap> gaps_of(const std::vector<RequirementScore>& requirements);

// What a control counts for in a requirement's score: its own score, halved
// (policy::factor_itgc_not_effective) for an automated control while change management or
// logical access is not effective.
double counted_score(const ControlScore& control, bool itgc_effective);

// The control a requirement's score comes from: the best one (ties to the lower key, a control
// of the company before a carve-out vendor), unless a key control scores less and no control
// that compensates it scores 1; then that key control (SPEC §4). nullptr when `controls` is empty.
// `controls` in key order.
const ControlScore* deciding_control(ControlSpan controls, bool itgc_effective);

// Type II: whether the change-management and logical-access requirements in scope
// (policy::itgc_requirements) are all covered and carry no deviation, judged with automated
// controls at full credit (SPEC §4's first pass, never iterated). Always true for Type I.
// Derived from the requirements, so a result read back from JSON gives the same answer.
bool itgc_effective(const Readiness& readiness);

}  // namespace socready::scoring
