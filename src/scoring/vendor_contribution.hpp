#pragma once
// Carve-out subservice organisations as contributors to readiness (SPEC §4a). A vendor counts
// only for the requirements it meets alone (`csoc_tsc`, `csoc_soc1_objectives`) of the services
// it supports, as a ControlScore whose score is the worth of its own SOC report, capped by the
// score of the company's control that monitors it. The scorer lists it among the requirement's
// contributors, where it combines like any control: the best one counts, never above a key
// control of the company that is not compensated (a vendor is never key and compensates none).

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/subservice.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// "vendor:northwind-cloud:soc2": one contribution per vendor and framework (its worth differs by
// framework), apart from any control id a user would choose.
std::string vendor_contribution_key(const Subservice& vendor, Framework framework);

// The requirements of `framework` a vendor is a contributor to, for the services it supports:
// those it meets alone when it is carve-out (sorted); none for an inclusive vendor, whose controls
// must be in the inventory. The one statement of that rule, for the scorer and the planner.
const std::vector<std::string>& vendor_requirements(const Subservice& vendor, Framework framework);

// The vendor scored for the requirements of `framework` in a report of `type`, as of `as_of`.
// `monitoring`: the score of the control named in `monitored_by`, for the same type; nullptr
// when it is blank or no control in scope has that id. The owner is the monitoring control's.
ControlScore vendor_control_score(const Subservice& vendor, Framework framework, ReportType type,
                                  Date as_of, const ControlScore* monitoring);

// The monitoring control's score for a report type, or nullptr (see vendor_control_score).
using MonitoringScore = std::function<const ControlScore*(std::string_view key, ReportType type)>;

struct VendorContribution {
  const Subservice* vendor = nullptr;  // points into the vendors given
  Framework framework = Framework::soc2;
  std::shared_ptr<const ControlScore> score[2];            // by report type: I, II
  const std::vector<std::string>* requirements = nullptr;  // the codes it meets alone, sorted
};

// One contribution per carve-out vendor and framework it has codes for; inclusive vendors give
// none (their controls must be in the inventory). In vendor order, SOC 1 before SOC 2.
std::vector<VendorContribution> vendor_contributions(const std::vector<Subservice>& vendors,
                                                     Date as_of, const MonitoringScore& monitoring);

// What a gap of `reason` on `requirement` says when a lowered carve-out vendor decides it: the
// vendor's own reason, naming it ("Northwind Cloud: capped by its monitoring control VND-01
// (0.50)"); nullopt for any other gap, which its reason's description explains.
std::optional<std::string> vendor_gap_text(const RequirementScore& requirement, GapReason reason);

}  // namespace socready::scoring
