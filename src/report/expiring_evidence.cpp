#include "report/expiring_evidence.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "report/service_facts.hpp"
#include "scoring/evidence_currency.hpp"
#include "scoring/policy.hpp"

namespace socready::report {

namespace {

// The day a vendor's report stops counting in full, or at half, if that falls in `next`.
std::optional<Date> vendor_report_drops(const scoring::VendorFacts& v, const Quarter& next) {
  if (!v.report) return std::nullopt;
  for (int months : {scoring::policy::vendor_report_current_months,
                     scoring::policy::vendor_report_stale_months}) {
    const Date until = v.report->period_end.plus_months(months);
    if (next.first_day() <= until && until <= next.last_day()) return until;
  }
  return std::nullopt;
}

}  // namespace

std::vector<ExpiringEvidence> evidence_expiring_next_quarter(const scoring::ServiceResult& service,
                                                             Date as_of) {
  const Quarter next = Quarter::containing(as_of).next();
  const Date first = next.first_day(), last = next.last_day();
  // One control addresses many requirements and both report types: listed once, as first met.
  std::vector<ExpiringEvidence> out;
  std::unordered_set<std::string_view> listed;
  const auto add = [&](const std::string& key, ExpiringEvidence e) {
    if (listed.insert(key).second) out.push_back(std::move(e));
  };
  for (const auto& kind : applicable_reports(service)) {
    for (const auto& requirement : service.readiness(kind.framework, kind.type).requirements)
      for (const scoring::ControlScore* const& control : requirement.controls) {
        if (!control) continue;
        const std::span<const scoring::ControlScore* const, 1> place(&control, 1);
        if (control->vendor) {
          if (const auto until = vendor_report_drops(*control->vendor, next))
            add(control->key,
                {place, std::nullopt, control->vendor->report->period_end, *until, true});
          continue;
        }
        if (!control->latest_evidence) continue;
        // Dates first: few controls go stale next quarter, and the key look-up costs more.
        const Date until = scoring::evidence_current_until(*control->latest_evidence,
                                                           control->max_evidence_age_days);
        if (first <= until && until <= last)
          add(control->key, {place, control->frequency, *control->latest_evidence, until});
      }
  }
  std::sort(out.begin(), out.end(), [](const ExpiringEvidence& a, const ExpiringEvidence& b) {
    return std::tie(a.current_until, a.control.front()->key) <
           std::tie(b.current_until, b.control.front()->key);
  });
  return out;
}

}  // namespace socready::report
