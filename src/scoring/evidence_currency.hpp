#pragma once
// When evidence stops being current: the one rule the scorer applies and the report's list of
// evidence expiring next quarter follows. Evidence is current while its age in days is at most
// the allowance for the control's frequency (policy::max_evidence_age_days), so through
// `latest + allowance` and stale from the day after.

#include "core/date.hpp"

namespace socready::scoring {

inline Date evidence_current_until(Date latest, int max_age_days) {
  return latest.plus_days(max_age_days);
}

inline bool evidence_is_current(Date latest, int max_age_days, Date as_of) {
  return as_of <= evidence_current_until(latest, max_age_days);
}

}  // namespace socready::scoring
