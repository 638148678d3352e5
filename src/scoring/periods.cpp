#include "scoring/periods.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace socready::scoring {

namespace {

// 1970-01-01 was a Thursday, so day 4 was the first Monday.
int weekday_from_monday(Date d) { return ((d.days() - 4) % 7 + 7) % 7; }

Date first_of_month(int year, unsigned month) { return *Date::from_ymd(year, month, 1); }

Date start_of(PeriodKind kind, Date d) {
  switch (kind) {
    case PeriodKind::iso_week:
      return d.plus_days(-weekday_from_monday(d));
    case PeriodKind::month:
      return first_of_month(d.year(), d.month());
    case PeriodKind::quarter:
      return first_of_month(d.year(), (d.month() - 1) / 3 * 3 + 1);
    case PeriodKind::half_year:
      return first_of_month(d.year(), d.month() <= 6 ? 1 : 7);
  }
  return d;
}

Date next_start(PeriodKind kind, Date start) {
  switch (kind) {
    case PeriodKind::iso_week:
      return start.plus_days(7);
    case PeriodKind::month:
      return start.plus_months(1);
    case PeriodKind::quarter:
      return start.plus_months(3);
    case PeriodKind::half_year:
      return start.plus_months(6);
  }
  return start;
}

Period make_period(PeriodKind kind, Date start) {
  return {kind, start, next_start(kind, start).plus_days(-1)};
}

}  // namespace

std::optional<PeriodKind> period_kind(Frequency f) {
  switch (f) {
    case Frequency::continuous:
    case Frequency::daily:
    case Frequency::weekly:
      return PeriodKind::iso_week;
    case Frequency::monthly:
      return PeriodKind::month;
    case Frequency::quarterly:
      return PeriodKind::quarter;
    case Frequency::semiannual:
      return PeriodKind::half_year;
    case Frequency::annual:
    case Frequency::event:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string Period::label() const {
  switch (kind) {
    case PeriodKind::iso_week: {
      // The ISO week-year is the year of the week's Thursday.
      Date thursday = start.plus_days(3);
      int week = (thursday.days() - first_of_month(thursday.year(), 1).days()) / 7 + 1;
      return fmt::format("{}-W{:02}", thursday.year(), week);
    }
    case PeriodKind::month:
      return fmt::format("{}-{:02}", start.year(), start.month());
    case PeriodKind::quarter:
      return fmt::format("{}-Q{}", start.year(), (start.month() - 1) / 3 + 1);
    case PeriodKind::half_year:
      return fmt::format("{}-H{}", start.year(), start.month() <= 6 ? 1 : 2);
  }
  return {};
}

Period period_containing(PeriodKind kind, Date d) { return make_period(kind, start_of(kind, d)); }

Coverage cover_periods(PeriodKind kind, int grace, int min_dates, Date from, Date as_of,
                       const std::vector<Date>& evidence) {
  std::vector<Period> periods;
  Date start = start_of(kind, from);
  if (start < from) start = next_start(kind, start);
  for (Period p = make_period(kind, start); p.end.plus_days(grace) <= as_of;
       p = make_period(kind, next_start(kind, p.start)))
    periods.push_back(p);

  auto first = std::lower_bound(evidence.begin(), evidence.end(), from);
  auto last = std::upper_bound(evidence.begin(), evidence.end(), as_of);
  Coverage out;
  if (periods.empty()) {
    out.required = 1;
    out.covered = first < last ? 1 : 0;
    return out;
  }

  out.required = static_cast<int>(periods.size());
  std::vector<int> dates(periods.size(), 0);
  std::size_t open = 0;  // the first period whose grace has not run out
  for (auto it = first; it < last; ++it) {
    if (it != first && *it == *std::prev(it)) continue;  // one date covers one period at most
    Date t = *it;
    while (open < periods.size() && periods[open].end.plus_days(grace) < t) ++open;
    for (std::size_t i = open; i < periods.size() && periods[i].start <= t; ++i) {
      if (dates[i] >= min_dates) continue;
      ++dates[i];
      break;
    }
  }
  for (std::size_t i = 0; i < periods.size(); ++i) {
    if (dates[i] >= min_dates)
      ++out.covered;
    else
      out.missing.push_back(periods[i]);
  }
  return out;
}

}  // namespace socready::scoring
