#pragma once
// Evidence that stops counting as current next quarter: what owners must file before then to
// keep today's readiness.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "scoring/result.hpp"

namespace socready::report {

struct ExpiringEvidence {
  std::string key;
  std::string title;
  std::string owner;
  std::optional<Frequency> frequency;
  Date latest;         // the latest evidence on file; a vendor's: its report's period end
  Date current_until;  // latest + the frequency's allowance: its last day as current evidence
  // A carve-out vendor's SOC report (SPEC §4a): current_until is the last day it counts in full
  // (period end + 12 months) or at half (+ 15 months).
  bool vendor_report = false;
};

// The controls in scope of the service's applicable reports whose evidence's last current day
// falls within the calendar quarter after the one holding `as_of`, by that day, then key; with
// the carve-out vendors counted there whose report's worth drops during that quarter.
std::vector<ExpiringEvidence> evidence_expiring_next_quarter(const scoring::ServiceResult& service,
                                                             Date as_of);

}  // namespace socready::report
