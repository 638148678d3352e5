#include "scoring/subservice_worth.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "scoring/numbers.hpp"
#include "scoring/policy.hpp"

namespace socready::scoring {

namespace {

// Gaps name the vendor as people know it.
std::string_view label(const Subservice& v) { return v.name.empty() ? v.key : v.name; }

VendorWorth lowered(const Subservice& v, GapReason gap, std::string_view why) {
  return {policy::vendor_worth_lowered, fmt::format("{}: {}", label(v), why), gap};
}

VendorWorth none(const Subservice& v, std::optional<GapReason> gap, std::string_view why) {
  return {0.0, fmt::format("{}: {}", label(v), why), gap};
}

}  // namespace

VendorWorth vendor_report_worth(const Subservice& v, Framework framework, ReportType type,
                                Date as_of) {
  if (v.method == SubserviceMethod::inclusive)
    return none(v, std::nullopt, "inclusive: its controls count only from the inventory");
  if (!v.report) return none(v, GapReason::vendor_no_report, "no SOC report on file");
  const auto& r = *v.report;
  if (r.opinion == Opinion::adverse)
    return none(v, GapReason::vendor_report_adverse, "its report has an adverse opinion");
  if (r.opinion == Opinion::disclaimer)
    return none(v, GapReason::vendor_report_adverse, "its report has a disclaimer of opinion");
  if (r.period_end < as_of.plus_months(-policy::vendor_report_stale_months))
    return none(v, GapReason::vendor_report_stale,
                fmt::format("its report's period ended {}, more than {} months ago",
                            r.period_end.iso(), policy::vendor_report_stale_months));
  if (r.period_end < as_of.plus_months(-policy::vendor_report_current_months))
    return lowered(v, GapReason::vendor_report_stale,
                   fmt::format("its report's period ended {}, more than {} months ago",
                               r.period_end.iso(), policy::vendor_report_current_months));
  if (r.opinion == Opinion::qualified)
    return lowered(v, GapReason::vendor_report_qualified, "its report has a qualified opinion");
  if (r.framework != framework)
    return lowered(
        v, GapReason::vendor_report_other_framework,
        fmt::format("its report is a {}, not a {}", label(r.framework), label(framework)));
  if (type == ReportType::type2 && r.type == ReportType::type1)
    return lowered(v, GapReason::vendor_report_type1,
                   fmt::format("its report is a {} Type {}; a Type {} needs its operation tested",
                               label(r.framework), name(r.type), name(type)));
  return {policy::vendor_worth_full, {}};
}

VendorWorth capped_by_monitoring(VendorWorth worth, const Subservice& v,
                                 std::optional<double> monitoring_score) {
  if (v.monitored_by.empty()) {
    // Already as low: the report's own reason decides the gap, and the missing control is said.
    if (worth.worth <= policy::vendor_worth_unmonitored_cap) {
      if (!worth.reason.empty()) worth.reason += "; vendor monitoring control not named";
      return worth;
    }
    return {policy::vendor_worth_unmonitored_cap,
            fmt::format("{}: vendor monitoring control not named", label(v)),
            GapReason::vendor_not_monitored};
  }
  const double cap = monitoring_score.value_or(0.0);
  if (worth.worth <= cap) return worth;
  const std::string why =
      monitoring_score
          ? fmt::format("capped by its monitoring control {} ({})", v.monitored_by, number(cap))
          : fmt::format("its monitoring control {} is not in scope", v.monitored_by);
  return {cap,
          worth.reason.empty() ? fmt::format("{}: {}", label(v), why)
                               : fmt::format("{}; {}", worth.reason, why),
          GapReason::vendor_monitoring_weak};
}

}  // namespace socready::scoring
