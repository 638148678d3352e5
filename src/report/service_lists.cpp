#include "report/service_lists.hpp"

#include "core/parallel.hpp"

namespace socready::report {

ServiceLists service_lists(const scoring::ServiceResult& service, Date as_of) {
  ServiceLists out;
  out.expiring = evidence_expiring_next_quarter(service, as_of);
  for (Framework f : scoring::all_frameworks) {
    if (!service.applicability.decision(f).applies()) continue;
    const scoring::Readiness& two = service.readiness(f, ReportType::type2);
    auto& owners = out.gap_owners[f == Framework::soc1 ? 0 : 1];
    owners.reserve(two.gaps.size());
    for (const auto& g : two.gaps)
      owners.push_back(scoring::control_owners(two.requirement_of(g).controls));
  }
  return out;
}

std::vector<ServiceLists> service_lists(const std::vector<scoring::ServiceResult>& services,
                                        Date as_of) {
  std::vector<ServiceLists> out(services.size());
  parallel_for(services.size(), [&](std::size_t i) { out[i] = service_lists(services[i], as_of); });
  return out;
}

}  // namespace socready::report
