#pragma once
// The lists a service's page and the owners page both derive from the service's result: its
// evidence expiring next quarter and the owners of each gap's controls. A report makes them
// once per service, on every core, before its pages: the owners page lists every service's
// gaps and expiring evidence, and computing them again there was a fifth of its time.

#include <array>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "report/expiring_evidence.hpp"
#include "scoring/result.hpp"

namespace socready::report {

struct ServiceLists {
  std::vector<ExpiringEvidence> expiring;  // evidence_expiring_next_quarter
  // By framework (SOC 1, SOC 2): control_owners of each Type II gap's requirement, in gap
  // order; empty where the framework does not apply.
  std::array<std::vector<std::vector<std::string_view>>, 2> gap_owners;

  const std::vector<std::string_view>& owners_of_gap(Framework f, std::size_t gap) const {
    return gap_owners[f == Framework::soc1 ? 0 : 1].at(gap);
  }
};

// The lists refer to `service` (and `services`), which must outlive them.
ServiceLists service_lists(const scoring::ServiceResult& service, Date as_of);
ServiceLists service_lists(const scoring::ServiceResult&& service, Date as_of) = delete;
std::vector<ServiceLists> service_lists(const std::vector<scoring::ServiceResult>& services,
                                        Date as_of);
std::vector<ServiceLists> service_lists(const std::vector<scoring::ServiceResult>&& services,
                                        Date as_of) = delete;

}  // namespace socready::report
