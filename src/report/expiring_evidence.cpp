#include "report/expiring_evidence.hpp"

#include <algorithm>
#include <map>

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
  // One control addresses many requirements and both report types; keyed so it is listed once.
  std::map<std::string_view, ExpiringEvidence> found;
  for (const auto& kind : applicable_reports(service)) {
    for (const auto& requirement : service.readiness(kind.framework, kind.type).requirements)
      for (const auto& control : requirement.controls) {
        const std::span<const std::shared_ptr<const scoring::ControlScore>, 1> place(&control, 1);
        if (control && control->vendor) {
          const auto until = vendor_report_drops(*control->vendor, next);
          if (until && !found.count(control->key))
            found.emplace(control->key,
                          ExpiringEvidence{place, std::nullopt, control->vendor->report->period_end,
                                           *until, true});
          continue;
        }
        if (!control || !control->latest_evidence) continue;
        const Date until = scoring::evidence_current_until(*control->latest_evidence,
                                                           control->max_evidence_age_days);
        // Dates first: few controls go stale next quarter, and the key look-up costs more.
        if (until < next.first_day() || until > next.last_day() || found.count(control->key))
          continue;
        found.emplace(control->key, ExpiringEvidence{place, control->frequency,
                                                     *control->latest_evidence, until});
      }
  }
  std::vector<ExpiringEvidence> out;
  out.reserve(found.size());
  for (auto& [key, e] : found) out.push_back(std::move(e));
  std::stable_sort(out.begin(), out.end(),
                   [](const ExpiringEvidence& a, const ExpiringEvidence& b) {
                     return a.current_until < b.current_until;
                   });
  return out;
}

}  // namespace socready::report
