#include "core/date.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>

#include "core/error.hpp"

namespace socready {

namespace {
using namespace std::chrono;

year_month_day to_ymd(std::int32_t days) {
  return year_month_day{sys_days{std::chrono::days{days}}};
}

bool parse_digits(std::string_view s, int& out) {
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !s.empty();
}
}  // namespace

std::optional<Date> Date::from_ymd(int y, unsigned m, unsigned d) {
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return from_days(static_cast<std::int32_t>(sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!parse_digits(s.substr(0, 4), y) || !parse_digits(s.substr(5, 2), m) ||
      !parse_digits(s.substr(8, 2), d))
    return std::nullopt;
  if (y < 1900) return std::nullopt;
  return from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

Date Date::today() {
  if (const char* fixed = std::getenv("SOCREADY_TODAY")) {
    if (auto d = parse(fixed)) return *d;
    throw InputError(fmt::format("SOCREADY_TODAY '{}' {}", fixed, date_refusal(fixed)));
  }
  auto now = floor<std::chrono::days>(system_clock::now());
  return from_days(static_cast<std::int32_t>(now.time_since_epoch().count()));
}

int Date::year() const { return static_cast<int>(to_ymd(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(to_ymd(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(to_ymd(days_).day()); }

std::string Date::iso() const {
  // Written by hand: imports format a date per row, and fmt's general machinery showed up in
  // their profile.
  const auto ymd = to_ymd(days_);
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  if (y < 0 || y > 9999) return fmt::format("{:04}-{:02}-{:02}", y, m, d);
  std::string s(10, '-');
  const auto digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
  const auto uy = static_cast<unsigned>(y);
  s[0] = digit(uy / 1000);
  s[1] = digit(uy / 100);
  s[2] = digit(uy / 10);
  s[3] = digit(uy);
  s[5] = digit(m / 10);
  s[6] = digit(m);
  s[8] = digit(d / 10);
  s[9] = digit(d);
  return s;
}

Date Date::plus_months(int n) const {
  auto ymd = to_ymd(days_);
  year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
  auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  auto d = ymd.day() > last ? last : ymd.day();
  return from_days(static_cast<std::int32_t>(
      sys_days{year_month_day{ym.year(), ym.month(), d}}.time_since_epoch().count()));
}

namespace {
constexpr std::string_view out_of_range = "is out of range (years 1900 to 9999)";

// The four digits of a year before 1900 at the start of `text`.
bool early_year(std::string_view text) {
  int y = 0;
  return text.size() >= 4 && parse_digits(text.substr(0, 4), y) && y < 1900;
}
}  // namespace

std::string date_refusal(std::string_view text) {
  int m = 0, d = 0;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && early_year(text) &&
      parse_digits(text.substr(5, 2), m) && parse_digits(text.substr(8, 2), d) &&
      Date::from_ymd(2000, static_cast<unsigned>(m), static_cast<unsigned>(d)))
    return std::string(out_of_range);
  return "is not a date; expected YYYY-MM-DD, a real day";
}

std::string quarter_refusal(std::string_view text) {
  if (text.size() == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q') && text[6] >= '1' &&
      text[6] <= '4' && early_year(text))
    return std::string(out_of_range);
  return "is not a quarter; expected YYYY-Qn, e.g. 2026-Q3";
}

std::optional<Quarter> Quarter::parse(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || (s[5] != 'Q' && s[5] != 'q')) return std::nullopt;
  int y = 0, q = 0;
  if (!parse_digits(s.substr(0, 4), y) || !parse_digits(s.substr(6, 1), q)) return std::nullopt;
  if (q < 1 || q > 4 || y < 1900) return std::nullopt;
  return Quarter{y, q};
}

Quarter Quarter::containing(Date d) {
  return Quarter{d.year(), static_cast<int>((d.month() - 1) / 3 + 1)};
}

Date Quarter::first_day() const {
  return *Date::from_ymd(year, static_cast<unsigned>((q - 1) * 3 + 1), 1);
}

Date Quarter::last_day() const { return next().first_day().plus_days(-1); }

std::string Quarter::label() const { return fmt::format("{:04}-Q{}", year, q); }

}  // namespace socready
