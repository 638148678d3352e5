#include "core/subservice.hpp"

#include <algorithm>
#include <string>

#include "core/text.hpp"

namespace socready {

namespace {

constexpr EnumText<SubserviceMethod, 3> method_names{
    {{{"carve-out", SubserviceMethod::carve_out},
      {"inclusive", SubserviceMethod::inclusive},
      {"carve_out", SubserviceMethod::carve_out}}}};
constexpr EnumText<Opinion, 4> opinion_names{{{{"unmodified", Opinion::unmodified},
                                               {"qualified", Opinion::qualified},
                                               {"adverse", Opinion::adverse},
                                               {"disclaimer", Opinion::disclaimer}}}};

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
