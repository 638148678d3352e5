#include "report/cuec_section.hpp"

#include <algorithm>

#include "report/format.hpp"
#include "report/markdown.hpp"
#include "report/table.hpp"

namespace socready::report {

std::string render_cuecs(const std::vector<Cuec>& cuecs, const std::string& service_slug) {
  return render_cuecs(cuecs, std::span<const std::string>(&service_slug, 1), "service");
}

std::string render_cuecs(const std::vector<Cuec>& cuecs, std::span<const std::string> service_slugs,
                         std::string_view scope) {
  if (cuecs.empty()) return {};
  std::string out = "## What your customers must do\n\n";
  MarkdownTable table({{"CUEC"}, {"What the customer must do"}, {"Requirements"}});
  for (const auto& c : cuecs) {
    if (std::none_of(service_slugs.begin(), service_slugs.end(),
                     [&](const std::string& slug) { return c.covers(slug); }))
      continue;
    std::vector<std::string> codes = c.criteria;
    codes.insert(codes.end(), c.objectives.begin(), c.objectives.end());
    std::string requirements;
    for (const auto& code : codes) requirements += (requirements.empty() ? "" : ", ") + code;
    table.add_row({md_cell(c.key), md_cell(c.description),
                   requirements.empty() ? std::string(none) : md_cell(requirements)});
  }
  if (table.empty())
    return out + "No complementary user entity control is on file for this " + std::string(scope) +
           ".\n\n";
  return out +
         "The controls below work only if each customer does its part. A SOC report lists them "
         "as complementary user entity controls (CUECs); they are not scored as this "
         "company's controls.\n\n" +
         table.render() + "\n";
}

}  // namespace socready::report
