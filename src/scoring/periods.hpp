#pragma once
// The calendar periods a periodic control must cover over a Type II window, and which of them its
// records cover (SPEC §4, "Coverage of the window"). Pure: dates in, counts and names out.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"

namespace socready::scoring {

// ISO weeks (Monday to Sunday, named by ISO week-year), calendar months, quarters, half-years.
enum class PeriodKind : std::uint8_t { iso_week, month, quarter, half_year };

// The period a frequency is held to; nullopt for annual, event-driven and unknown frequencies,
// which have none.
std::optional<PeriodKind> period_kind(Frequency f);

struct Period {
  PeriodKind kind = PeriodKind::month;
  Date start;
  Date end;                   // included
  std::string label() const;  // "2026-W27", "2026-07", "2026-Q3", "2026-H2"
};

// The period of `kind` that contains `d`.
Period period_containing(PeriodKind kind, Date d);

struct Coverage {
  int required = 0;  // whole periods due; 1 when none fits (a record in the range)
  int covered = 0;
  std::vector<Period> missing;  // ascending; empty when `required` was the fallback of 1
};

// The periods of `kind` lying wholly inside [from, as_of] whose end plus `grace` days is on or
// before `as_of`, and how many of them `evidence` (ascending dates) covers: a record dated t
// covers the earliest uncovered period P with P.start <= t <= P.end + grace, each date covers one
// period at most however many records it holds, and a period needs records on `min_dates`
// distinct dates. When no whole period fits, one record in [from, as_of] is required.
Coverage cover_periods(PeriodKind kind, int grace, int min_dates, Date from, Date as_of,
                       const std::vector<Date>& evidence);

}  // namespace socready::scoring
