#pragma once
// Where the user looks (explain, the score table, the service page): a SOC 1 objective that is a
// blocker while controls tagged with its criteria exist could be addressed by them, and
// `socready suggest soc1 SERVICE` proposes the mapping. Derived from a scored result alone, so a
// frozen period's page says what it said when it was frozen.

#include <span>
#include <string>
#include <vector>

#include "scoring/crosswalk.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

struct Soc1Hint {
  std::string objective;
  std::vector<std::string> criteria;  // the crosswalk's criteria those controls are tagged with
  std::vector<std::string> controls;  // in scope, tagged with one of them, not yet mapped; by key
};

// One hint per SOC 1 objective that is a blocker (Type II blockers include Type I's) and has such
// controls, in catalog order. The controls are those of the service's SOC 2 criteria in scope, so
// `suggest soc1` may find more where a category (Availability, Processing Integrity) is out of
// the service's SOC 2 scope.
std::vector<Soc1Hint> soc1_hints(const ServiceResult& result,
                                 std::span<const ObjectiveCriteria> extra = {});

// "3 controls tagged with CC6.1, CC6.2 could address it (AC-01, AC-02, AC-03)".
std::string hint_text(const Soc1Hint& hint);
// The command that proposes them: "socready suggest soc1 invoicing".
std::string suggest_command(const std::string& service);

}  // namespace socready::scoring
