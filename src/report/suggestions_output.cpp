#include "report/suggestions_output.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/text_table.hpp"

namespace socready::report {

namespace {

// Service names in a cell; the JSON lists them all.
constexpr std::size_t services_named = 3;

std::string services_text(const std::vector<std::string>& slugs) {
  if (slugs.empty()) return "-";
  const auto shown = std::min(slugs.size(), services_named);
  std::string text =
      fmt::format("{}", fmt::join(slugs.begin(), slugs.begin() + static_cast<long>(shown), ", "));
  if (slugs.size() > shown) text += fmt::format(" and {} more", slugs.size() - shown);
  return text;
}

std::string gains_text(const scoring::ObjectiveOutlook& o) {
  const int gains = o.strong + o.weaker;
  if (gains == 0) return "0";
  if (o.weaker == 0) return fmt::format("{} strong", gains);
  if (o.strong == 0) return fmt::format("{} weaker", gains);
  return fmt::format("{} ({} strong, {} weaker)", gains, o.strong, o.weaker);
}

}  // namespace

std::string suggestions_table(const scoring::Soc1Suggestions& s) {
  TextTable table({{"Control"}, {"Objective"}, {"From criteria"}, {"Strength"}});
  for (const auto& x : s.suggestions)
    table.add_row({x.control, x.objective, fmt::format("{}", fmt::join(x.from, ", ")),
                   std::string(scoring::name(x.strength))});
  return table.render();
}

std::string suggestions_summary(const scoring::Soc1Suggestions& s) {
  TextTable table({{"Objective"},
                   {"Title"},
                   {"Already", TextTable::Align::right},
                   {"Gains"},
                   {"Still uncovered for"}});
  std::vector<std::string> uncovered;
  for (const auto& o : s.objectives) {
    table.add_row({o.objective, o.title, std::to_string(o.already), gains_text(o),
                   services_text(o.uncovered)});
    if (!o.uncovered.empty()) uncovered.push_back(o.objective);
  }
  std::string out = table.render();
  if (uncovered.empty())
    out += "\nWith these suggestions every objective in scope has a control addressing it.\n";
  else
    out += fmt::format(
        "\nStill uncovered (no control would address them): {}. Add controls for them, or map "
        "existing ones by hand.\n",
        fmt::join(uncovered, ", "));
  if (std::any_of(s.suggestions.begin(), s.suggestions.end(),
                  [](const auto& x) { return x.strength == scoring::Strength::weaker; }))
    out +=
        "Weaker suggestions come from criteria that bear on the objective without asking for it "
        "(CC7.x for ITGC-OPS, CC8.1 for ITGC-SDLC, PI1.x for business processes): keep only the "
        "controls aimed at the financial system.\n";
  return out;
}

nlohmann::ordered_json suggestions_json(const scoring::Soc1Suggestions& s) {
  nlohmann::ordered_json j;
  j["services"] = s.services;
  j["not_applying"] = s.not_applying;
  auto list = nlohmann::ordered_json::array();
  for (const auto& x : s.suggestions)
    list.push_back({{"control", x.control},
                    {"objective", x.objective},
                    {"from", x.from},
                    {"strength", scoring::name(x.strength)}});
  j["suggestions"] = std::move(list);
  auto objectives = nlohmann::ordered_json::array();
  for (const auto& o : s.objectives)
    objectives.push_back({{"objective", o.objective},
                          {"title", o.title},
                          {"already", o.already},
                          {"gains_strong", o.strong},
                          {"gains_weaker", o.weaker},
                          {"in_scope", o.in_scope},
                          {"uncovered", o.uncovered}});
  j["objectives"] = std::move(objectives);
  return j;
}

}  // namespace socready::report
