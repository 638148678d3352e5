#include "import/capability_spec.hpp"

#include <fmt/format.h>

#include "import/columns.hpp"

namespace socready::import {

namespace {

using C = Capability;

constexpr std::string_view points_to_values =
    "financial_reporting, customer_data, both separated by ';', or none";

void read_name(C& c, const Cell& cell) {
  c.name = read_identifier(cell, canonical_capability, is_slug, "a capability name",
                           "lower-case letters, digits and '-' (e.g. fleet-telematics)");
}

void read_points_to(C& c, const Cell& cell) {
  const auto items = split_list(cell.text);
  if (items.empty()) {
    cell.problem(fmt::format("points_to: say what the capability points to: {}", points_to_values));
    return;
  }
  bool none = false;
  for (auto item : items) {
    const auto f = fold(item);
    if (f == "financial_reporting")
      c.financial_reporting = true;
    else if (f == "customer_data")
      c.customer_data = true;
    else if (f == "none")
      none = true;
    else
      cell.problem(fmt::format("points_to: '{}' is not what a capability points to; expected {}",
                               item, points_to_values));
  }
  if (none && (c.financial_reporting || c.customer_data))
    cell.problem("points_to: 'none' cannot be listed with a question it points to");
}

std::string points_to_text(const C& c) {
  if (c.financial_reporting && c.customer_data) return "financial_reporting;customer_data";
  if (c.financial_reporting) return "financial_reporting";
  if (c.customer_data) return "customer_data";
  return "none";
}

}  // namespace

const Spec<Capability, capability_columns> capability_spec{{
    {"capability", Need::required, read_name, [](const C& c) { return c.name; }},
    {"points_to", Need::required, read_points_to, points_to_text},
    text_column<&C::description>("description"),
}};

bool read_capability(Cells cells, const ReadContext& context, Capability& out, Findings& findings) {
  return read_keyed_columns(capability_spec, cells, context, out, findings);
}

}  // namespace socready::import
