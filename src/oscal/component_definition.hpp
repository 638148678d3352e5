#pragma once
// The OSCAL component-definition of one service: one component per control in scope of its
// applicable reports, with the requirements of the catalog that control addresses.

#include "oscal/common.hpp"

namespace socready::oscal {

// `catalog_href`: where the catalog lies relative to this document.
Json component_definition(const Snapshot& s, const scoring::ServiceResult& service,
                          const std::string& catalog_href);

// The frameworks whose report applies to the service, in canonical order.
std::vector<Framework> applicable_frameworks(const scoring::ServiceResult& service);

// The UUID of an owner's party, the same in every document of the period.
std::string party_uuid(const Snapshot& s, const std::string& owner);

}  // namespace socready::oscal
