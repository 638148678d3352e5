#include "core/subservice.hpp"

#include <algorithm>
#include <string>

#include "core/text.hpp"

namespace socready {

namespace {

// Parsing also takes "carve_out".
constexpr EnumText<SubserviceMethod::inclusive> method_names{"carve-out|carve_out", "inclusive"};
constexpr EnumText<Opinion::disclaimer> opinion_names{"unmodified", "qualified", "adverse",
                                                      "disclaimer"};

}  // namespace

std::string_view name(SubserviceMethod m) { return method_names.name(m); }
std::string_view name(Opinion o) { return opinion_names.name(o); }
std::optional<SubserviceMethod> parse_method(std::string_view text) {
  return method_names.find_any_case(trim(text));
}
std::optional<Opinion> parse_opinion(std::string_view text) {
  return opinion_names.find_any_case(trim(text));
}

bool Subservice::supports(const std::string& service_slug) const {
  return all_services || std::binary_search(services.begin(), services.end(), service_slug);
}

bool Subservice::same_content(const Subservice& o) const {
  return key == o.key && name == o.name && all_services == o.all_services &&
         services == o.services && method == o.method && report == o.report &&
         bridge_letter_until == o.bridge_letter_until && csoc_criteria == o.csoc_criteria &&
         csoc_objectives == o.csoc_objectives && csoc_description == o.csoc_description &&
         monitored_by == o.monitored_by;
}

}  // namespace socready
