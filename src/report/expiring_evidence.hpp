#pragma once
// Evidence that stops counting as current next quarter: what owners must file before then to
// keep today's readiness.

#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "scoring/result.hpp"

namespace socready::report {

struct ExpiringEvidence {
  // The control: its place in one of the service's requirements, which the service owns, so
  // the open work can list it as its controls without a copy.
  std::span<const scoring::ControlScore* const, 1> control;
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
// The result refers to `service`, which must outlive it.
std::vector<ExpiringEvidence> evidence_expiring_next_quarter(const scoring::ServiceResult& service,
                                                             Date as_of);
std::vector<ExpiringEvidence> evidence_expiring_next_quarter(const scoring::ServiceResult&& service,
                                                             Date as_of) = delete;

}  // namespace socready::report
