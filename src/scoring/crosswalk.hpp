#pragma once
// The crosswalk of SPEC §6: which Trust Services Criteria suggest which default SOC 1 objective.
// A control a SOC 2 team tagged with logical access criteria is what a SOC 1 auditor tests as
// the IT general control over access; saying so saves re-tagging a whole inventory by hand.
// Declared once, as data, beside the scoring policy, and documented in docs/scoring.md §6: change
// it here and there, nowhere else. It only ever *suggests*: `socready suggest soc1` writes the
// suggestions into a file the user reviews and imports.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace socready::scoring {

// How surely a criterion's controls address the objective. Strong: the criterion asks for the
// same thing the objective does. Weaker: it bears on the objective, but a SOC 1 auditor would
// want to see that the control is aimed at the financial system (SPEC §6).
enum class Strength : std::uint8_t { strong, weaker };
std::string_view name(Strength s);  // "strong", "weaker"

struct CrosswalkEntry {
  std::string_view criterion;
  std::string_view objective;
  Strength strength = Strength::strong;
};

namespace policy {

// Criterion → objective, by criterion in catalog order. Job scheduling (part of ITGC-OPS) and
// BP-AUTHORIZATION have no criterion: no Trust Services Criterion asks for them.
inline constexpr CrosswalkEntry crosswalk[] = {
    // Logical access: who can reach programs and data, and the defences around them.
    {"CC6.1", "ITGC-ACCESS", Strength::strong},
    {"CC6.2", "ITGC-ACCESS", Strength::strong},
    {"CC6.3", "ITGC-ACCESS", Strength::strong},
    {"CC6.6", "ITGC-ACCESS", Strength::strong},
    {"CC6.7", "ITGC-ACCESS", Strength::strong},
    {"CC6.8", "ITGC-ACCESS", Strength::strong},
    // System operations: monitoring, incidents and recovery bear on ITGC-OPS, but are aimed at
    // security events rather than the runs of the financial system.
    {"CC7.1", "ITGC-OPS", Strength::weaker},
    {"CC7.2", "ITGC-OPS", Strength::weaker},
    {"CC7.3", "ITGC-OPS", Strength::weaker},
    {"CC7.4", "ITGC-OPS", Strength::weaker},
    {"CC7.5", "ITGC-OPS", Strength::weaker},
    // Change management is ITGC-CHANGE itself; it covers development and acquisition only in
    // part (a new system is more than a change).
    {"CC8.1", "ITGC-CHANGE", Strength::strong},
    {"CC8.1", "ITGC-SDLC", Strength::weaker},
    // Backup and recovery are ITGC-OPS's own subject.
    {"A1.2", "ITGC-OPS", Strength::strong},
    {"A1.3", "ITGC-OPS", Strength::strong},
    // Processing integrity bears on the business-process objectives of the same stage of
    // processing; the SOC 1 objective is about the client's transactions, so all are weaker.
    {"PI1.1", "BP-ACCURACY", Strength::weaker},  // specifications say what accurate means
    {"PI1.2", "BP-COMPLETENESS", Strength::weaker},
    {"PI1.2", "BP-ACCURACY", Strength::weaker},  // inputs
    {"PI1.3", "BP-COMPLETENESS", Strength::weaker},
    {"PI1.3", "BP-ACCURACY", Strength::weaker},
    {"PI1.3", "BP-CUTOFF", Strength::weaker},  // processing, timely: in the right period
    {"PI1.4", "BP-REPORTING", Strength::weaker},
    {"PI1.4", "BP-INTERFACES", Strength::weaker},      // outputs, delivered where they belong
    {"PI1.5", "BP-RECONCILIATION", Strength::weaker},  // stored data kept complete and accurate
};

}  // namespace policy

// A user's own objective and the criteria it may be suggested from (the objectives file, issue
// "Applicability…"). The user's word counts as a strong entry.
struct ObjectiveCriteria {
  std::string objective;
  std::vector<std::string> criteria;
};

// The table plus a user's entries, looked up both ways.
class Crosswalk {
 public:
  struct Target {
    std::string objective;
    Strength strength = Strength::strong;
  };

  explicit Crosswalk(std::span<const ObjectiveCriteria> extra = {});

  // The objectives a criterion suggests, table order then the user's; empty when none.
  const std::vector<Target>& objectives_of(std::string_view criterion) const;
  // The criteria that suggest an objective, in the order they were declared.
  std::vector<std::string> criteria_of(std::string_view objective) const;
  // The strength of one entry; nullopt when the criterion does not suggest the objective.
  std::optional<Strength> strength(std::string_view criterion, std::string_view objective) const;

 private:
  std::map<std::string, std::vector<Target>, std::less<>> by_criterion_;
  std::vector<std::pair<std::string, std::string>> entries_;  // (criterion, objective), in order
};

}  // namespace socready::scoring
