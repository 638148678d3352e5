#include "scoring/policy.hpp"

#include <algorithm>

namespace socready::scoring::policy {

double status_weight(Status s) {
  switch (s) {
    case Status::implemented:
      return weight_implemented;
    case Status::partial:
      return weight_partial;
    case Status::planned:
    case Status::not_applicable:
      return weight_planned;
  }
  return weight_planned;
}

int max_evidence_age_days(std::optional<Frequency> f) {
  if (!f) return max_age_unknown;
  switch (*f) {
    case Frequency::continuous:
      return max_age_continuous;
    case Frequency::daily:
      return max_age_daily;
    case Frequency::weekly:
      return max_age_weekly;
    case Frequency::monthly:
      return max_age_monthly;
    case Frequency::quarterly:
      return max_age_quarterly;
    case Frequency::semiannual:
      return max_age_semiannual;
    case Frequency::annual:
      return max_age_annual;
    case Frequency::event:
      return max_age_event;
  }
  return max_age_unknown;
}

namespace {

int event_sample(int population) {
  if (population > event_large_population_above) return sample_event_large;
  if (population > event_medium_population_above) return sample_event_medium;
  if (population > event_small_population_above) return sample_event_small;
  return std::max(population, sample_minimum);
}

int quarterly_sample(int window_days) {
  return std::clamp(window_days / period_days_quarterly, sample_minimum, sample_quarterly);
}

}  // namespace

int required_sample(std::optional<Frequency> f, int population, int window_days) {
  if (!f) return sample_unknown;
  switch (*f) {
    case Frequency::continuous:
      return sample_continuous;
    case Frequency::daily:
      return sample_daily;
    case Frequency::weekly:
      return sample_weekly;
    case Frequency::monthly:
      return sample_monthly;
    case Frequency::quarterly:
      return quarterly_sample(window_days);
    case Frequency::semiannual:
      return sample_semiannual;
    case Frequency::annual:
      return sample_annual;
    case Frequency::event:
      return event_sample(population);
  }
  return sample_unknown;
}

Band band_for(bool applies, double readiness, bool has_blockers) {
  if (!applies) return Band::not_in_scope;
  double shown = round1(readiness);
  if (shown >= band_ready_min && !has_blockers) return Band::ready;
  if (shown >= band_nearly_ready_min) return Band::nearly_ready;
  if (shown >= band_in_progress_min) return Band::in_progress;
  return Band::early;
}

}  // namespace socready::scoring::policy
