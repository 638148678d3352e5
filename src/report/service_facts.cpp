#include "report/service_facts.hpp"

#include <set>

namespace socready::report {

std::vector<ReportKind> all_report_kinds() {
  std::vector<ReportKind> out;
  for (Framework f : scoring::all_frameworks)
    for (ReportType t : scoring::all_report_types) out.push_back({f, t});
  return out;
}

std::vector<ReportKind> applicable_reports(const scoring::ServiceResult& service) {
  std::vector<ReportKind> out;
  for (const auto& k : all_report_kinds())
    if (service.readiness(k.framework, k.type).applies()) out.push_back(k);
  return out;
}

std::optional<ReportKind> least_ready_report(const scoring::ServiceResult& service) {
  std::optional<ReportKind> worst;
  for (const auto& k : applicable_reports(service)) {
    if (!worst) {
      worst = k;
      continue;
    }
    const auto& r = service.readiness(k.framework, k.type);
    const auto& w = service.readiness(worst->framework, worst->type);
    // Band enumerators run from Ready to Early, so a larger one is further from ready.
    if (r.band > w.band || (r.band == w.band && r.display_readiness() < w.display_readiness()))
      worst = k;
  }
  return worst;
}

int distinct_blockers(const scoring::ServiceResult& service) {
  std::set<std::string> codes;
  for (const auto& k : applicable_reports(service))
    for (const auto& code : service.readiness(k.framework, k.type).blockers) codes.insert(code);
  return static_cast<int>(codes.size());
}

std::string display_name(const scoring::ServiceResult& service) {
  return service.name.empty() ? service.service : service.name;
}

}  // namespace socready::report
