#pragma once
// What a carve-out vendor's own SOC report is worth to a requirement it meets alone (SPEC §4a),
// before the cap by the company's monitoring control. Pure: the vendor's facts and the date in,
// a worth and its reason out.

#include <string>

#include "core/subservice.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

struct VendorWorth {
  double worth = 0.0;
  std::string reason;  // empty at full worth; else what lowered it, naming the vendor
  // The gap it makes when it decides a requirement's score; nullopt at full worth and for an
  // inclusive vendor (never a contributor).
  std::optional<GapReason> gap = std::nullopt;
};

// `framework` and `type`: the report the company is scored for.
VendorWorth vendor_report_worth(const Subservice& vendor, Framework framework, ReportType type,
                                Date as_of);

// The worth capped by the company's monitoring control (`monitoring_score`: its score, or none
// when `monitored_by` is blank or names no control in scope).
VendorWorth capped_by_monitoring(VendorWorth worth, const Subservice& vendor,
                                 std::optional<double> monitoring_score);

}  // namespace socready::scoring
