#pragma once
// A calendar date as a value: days since 1970-01-01. ISO `YYYY-MM-DD` in and out.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace socready {

class Date {
 public:
  constexpr Date() = default;
  static Date from_days(std::int32_t days) {
    Date d;
    d.days_ = days;
    return d;
  }
  // Only real dates in strict ISO form: "2026-02-30" and "2026-2-3" are nullopt.
  static std::optional<Date> parse(std::string_view iso);
  static std::optional<Date> from_ymd(int year, unsigned month, unsigned day);
  // The current date in UTC; `SOCREADY_TODAY` overrides it so tests and golden runs are fixed.
  // An override that is not a date is an InputError (exit 2), never silently the real today.
  static Date today();

  std::int32_t days() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::string iso() const;

  Date plus_days(std::int32_t n) const { return from_days(days_ + n); }
  // Calendar months, clamped to the month's last day (Aug 31 - 6 months = Feb 28/29).
  Date plus_months(int n) const;

  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  std::int32_t days_ = 0;
};

// Why `text`, which Date::parse (or Quarter::parse) refused, was refused: "is out of range
// (years 1900 to 9999)" for a real date of an earlier year, else "is not a date; expected
// YYYY-MM-DD, a real day" (or "... a quarter; expected YYYY-Qn, e.g. 2026-Q3").
std::string date_refusal(std::string_view text);
std::string quarter_refusal(std::string_view text);

// A calendar quarter, e.g. 2026-Q3.
struct Quarter {
  int year = 0;
  int q = 1;  // 1..4

  static std::optional<Quarter> parse(std::string_view text);  // "2026-Q3"
  static Quarter containing(Date d);
  Date first_day() const;
  Date last_day() const;
  Quarter previous() const { return q == 1 ? Quarter{year - 1, 4} : Quarter{year, q - 1}; }
  Quarter next() const { return q == 4 ? Quarter{year + 1, 1} : Quarter{year, q + 1}; }
  std::string label() const;

  friend constexpr auto operator<=>(const Quarter&, const Quarter&) = default;
};

}  // namespace socready
