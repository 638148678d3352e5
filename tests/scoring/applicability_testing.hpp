#pragma once
// Deciding a service's applicability against SPEC §2's catalog, for the applicability tests.

#include <span>
#include <vector>

#include "scoring/applicability.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring::testing {

inline ApplicabilityResult decide(const Service& s, std::span<const Capability> user = {}) {
  static const auto catalog = spec_catalog();
  return decide_applicability(s, catalog, user);
}

// The SOC 2 categories in scope, without their reasons.
inline std::vector<Category> categories(const ApplicabilityResult& a) {
  std::vector<Category> out;
  for (const auto& c : a.soc2_categories) out.push_back(c.category);
  return out;
}

}  // namespace socready::scoring::testing
