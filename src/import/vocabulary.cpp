#include "import/vocabulary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

#include "csv/formula.hpp"

namespace socready::import {

namespace {

// The spellings each value is read from, once fold()ed: its name first.
constexpr EnumText<Status::not_applicable> status_spellings{
    "implemented|in_place|done|complete|operating",
    "partial|partially_implemented|in_progress|wip",
    "planned|not_started|to_do|todo",
    "not_applicable|n/a|na",
};
constexpr EnumText<Frequency::event> frequency_spellings{
    "continuous|continuously|real_time|automated|multiple_times_a_day",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "semiannual|semiannually|semi_annual|semi_annually|biannual",
    "annual|annually|yearly",
    "event|event_driven|as_needed|ad_hoc|per_event",
};
constexpr EnumText<TestResult::exception> result_spellings{
    "pass|passed|effective|ok",
    "fail|failed|ineffective",
    "exception|exceptions",
};

}  // namespace

std::string free_text(std::string_view s) { return csv::restore_formula(trim(s)); }

std::string fold(std::string_view s) {
  s = trim(s);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const bool sep = c == ' ' || c == '_' || c == '-';
    if (sep) {
      if (!out.empty() && out.back() != '_') out += '_';
    } else {
      out += ascii_lower(c);
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::optional<Status> status_from(std::string_view text) {
  return status_spellings.find(fold(text));
}

std::optional<Frequency> frequency_from(std::string_view text) {
  return frequency_spellings.find(fold(text));
}

std::optional<TestOutcome> test_outcome_from(std::string_view text) {
  const auto f = fold(text);
  if (f.empty() || f == "untested" || f == "not_tested") return TestOutcome{};
  if (auto r = result_spellings.find(f)) return TestOutcome{true, *r};
  return std::nullopt;
}

bool answer_from(std::string_view text, Answer& out) {
  const auto f = fold(text);
  if (f.empty() || f == "unknown")
    out.reset();
  else if (f == "yes" || f == "y" || f == "true" || f == "1")
    out = true;
  else if (f == "no" || f == "n" || f == "false" || f == "0")
    out = false;
  else
    return false;
  return true;
}

std::optional<Override> override_from(std::string_view text) {
  const auto f = fold(text);
  if (f.empty()) return Override::none;
  if (f == "required") return Override::required;
  if (f == "excluded") return Override::excluded;
  return std::nullopt;
}

std::optional<Category> category_from(std::string_view text) {
  const auto f = fold(text);
  if (f == "security" || f == "common_criteria" || f == "cc") return Category::security;
  if (f == "availability" || f == "a") return Category::availability;
  if (f == "processing_integrity" || f == "pi") return Category::processing_integrity;
  if (f == "confidentiality" || f == "c") return Category::confidentiality;
  if (f == "privacy" || f == "p") return Category::privacy;
  return std::nullopt;
}

std::string canonical_capability(std::string_view text) {
  auto f = fold(text);
  std::replace(f.begin(), f.end(), '_', '-');
  return f;
}

std::vector<std::string_view> split_list(std::string_view text) {
  std::vector<std::string_view> items;
  while (true) {
    const auto pos = text.find(';');
    const auto item = trim(text.substr(0, pos));
    if (!item.empty()) items.push_back(item);
    if (pos == std::string_view::npos) break;
    text.remove_prefix(pos + 1);
  }
  return items;
}

bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  const auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!ok(s.front())) return false;
  return std::all_of(s.begin(), s.end(), [&](char c) { return ok(c) || c == '-'; });
}

std::string slugify(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      out += ascii_lower(c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out == name) return out;
  // The slug lost something (case, accents, a whole script: "Зарплата" and "給与計算" have no
  // ASCII letters at all), so names that differ would share it: a hash of the exact name keeps
  // each one's slug unique and the same on every run.
  std::uint32_t hash = 2166136261u;  // FNV-1a
  for (char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  if (out.size() > 55) out.resize(55);
  if (out.empty()) out = "product-line";
  return fmt::format("{}-{:08x}", out, hash);
}

}  // namespace socready::import
