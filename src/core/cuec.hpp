#pragma once
// A complementary user entity control (SPEC §2): what a customer must do for the company's
// controls to work, e.g. "the client approves each pay run". Listed in reports with the
// requirements it bears on; never scored as the company's own control.

#include <string>
#include <vector>

#include "core/date.hpp"

namespace socready {

struct Cuec {
  std::string key;  // cuec_id, e.g. CUEC-PAY-01
  std::string description;
  bool all_services = false;            // `*`: every service
  std::vector<std::string> services;    // slugs, sorted; empty when all_services
  std::vector<std::string> criteria;    // SOC 2 codes, sorted
  std::vector<std::string> objectives;  // SOC 1 codes, sorted
  Date valid_from;                      // the version's first day (not part of its content)

  bool covers(const std::string& service_slug) const;
  // Same content: the version's date does not count.
  bool same_content(const Cuec& other) const {
    return key == other.key && description == other.description &&
           all_services == other.all_services && services == other.services &&
           criteria == other.criteria && objectives == other.objectives;
  }
};

}  // namespace socready
