#include "import/spec_reading.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "csv/formula.hpp"
#include "import/lookups.hpp"
#include "import/vocabulary.hpp"

namespace socready::import {

std::string neutralised(std::string_view text) { return csv::neutralise_formula(text); }

std::string joined(const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, ";"));
}

bool has_finding(const Findings& findings, std::size_t column) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const Finding& f) { return f.column == column; });
}

std::optional<Date> read_date(const Cell& c, Need need, std::optional<Date> not_after) {
  const auto text = trim(c.text);
  if (text.empty()) {
    if (need == Need::required)
      c.problem(fmt::format("{}: expected a date, found nothing", c.header));
    return std::nullopt;
  }
  const auto d = Date::parse(text);
  if (!d) {
    c.problem(fmt::format("{}: '{}' {}", c.header, text, date_refusal(text)));
    return std::nullopt;
  }
  if (not_after && *d > *not_after) {
    c.problem(
        fmt::format("{}: {} is in the future (today is {})", c.header, text, not_after->iso()));
    return std::nullopt;
  }
  return d;
}

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : ""; }

std::string read_control_id(const Cell& c) {
  // Exported ids that look like formulas carry a guard quote; free_text removes it.
  return read_record_id(c, "a control id");
}

std::string read_record_id(const Cell& c, std::string_view what) {
  auto id = free_text(c.text);
  if (id.empty()) c.problem(fmt::format("{}: expected {}, found nothing", c.header, what));
  if (id.size() > 100) c.problem(fmt::format("{}: longer than 100 characters", c.header));
  return id;
}

std::vector<std::string> read_named_services(const Cell& c, bool& all) {
  std::vector<std::string> out;
  const auto list = trim(c.text);
  if (list == "*") {
    all = true;
    return out;
  }
  const auto slugs = split_list(list);
  if (slugs.empty()) c.problem("services: expected the services it is about, or * for all");
  for (auto slug : slugs) {
    if (slug == "*")
      c.problem("services: '*' (all services) cannot be combined with named services");
    else if (c.context->lookups->service(slug, c))
      out.emplace_back(slug);
  }
  sort_unique(out);
  return out;
}

std::vector<std::string> read_codes(const Cell& c, Framework f) {
  std::vector<std::string> codes;
  c.context->lookups->requirements_of(c.text, f, c, &codes);
  return codes;
}

std::string read_identifier(const Cell& c, std::string (*spell)(std::string_view),
                            bool (*valid)(std::string_view), std::string_view what,
                            std::string_view expected) {
  std::string id = spell(c.text);
  if (!valid(id))
    c.problem(
        fmt::format("{}: '{}' is not {}; expected {}", c.header, trim(c.text), what, expected));
  return id;
}

std::string read_slug(const Cell& c, std::string_view example) {
  std::string slug(trim(c.text));
  if (slug.size() > 64)
    c.problem(fmt::format("{}: '{}' is {} characters long; a slug has at most 64", c.header, slug,
                          slug.size()));
  else if (!is_slug(slug))
    c.problem(
        fmt::format("{}: '{}' is not a slug; expected lower-case letters, digits and '-', "
                    "starting with a letter or digit (e.g. {})",
                    c.header, slug, example));
  return slug;
}

void read_answer(const Cell& c, Answer& out) {
  if (!answer_from(c.text, out))
    c.problem(fmt::format("{}: '{}' is not a yes/no answer; expected {}", c.header, trim(c.text),
                          answer_values));
}

std::string answer_text(const Answer& a) {
  if (!a) return "";
  return *a ? "yes" : "no";
}

}  // namespace socready::import
