#include "scoring/policy.hpp"

#include <algorithm>
#include <iterator>

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

int max_evidence_age_days(std::optional<Frequency> f, Nature nature) {
  int age = max_age_unknown;
  if (f) {
    switch (*f) {
      case Frequency::continuous:
        age = max_age_continuous;
        break;
      case Frequency::daily:
        age = max_age_daily;
        break;
      case Frequency::weekly:
        age = max_age_weekly;
        break;
      case Frequency::monthly:
        age = max_age_monthly;
        break;
      case Frequency::quarterly:
        age = max_age_quarterly;
        break;
      case Frequency::semiannual:
        age = max_age_semiannual;
        break;
      case Frequency::annual:
        age = max_age_annual;
        break;
      case Frequency::event:
        age = max_age_event;
        break;
    }
  }
  return nature == Nature::automated ? std::max(age, max_age_automated_min) : age;
}

int event_sample(int population) {
  if (population > event_large_population_above) return sample_event_large;
  if (population > event_medium_population_above) return sample_event_medium;
  if (population > event_small_population_above) return sample_event_small;
  return std::max(population, 0);
}

int frequency_sample(std::optional<Frequency> f) {
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
      return sample_quarterly;
    case Frequency::semiannual:
      return sample_semiannual;
    case Frequency::annual:
    case Frequency::event:
      return sample_annual;
  }
  return sample_unknown;
}

int grace_days(Frequency f) {
  switch (f) {
    case Frequency::continuous:
    case Frequency::daily:
    case Frequency::weekly:
      return grace_weekly;
    case Frequency::monthly:
      return grace_monthly;
    case Frequency::quarterly:
      return grace_quarterly;
    case Frequency::semiannual:
      return grace_semiannual;
    case Frequency::annual:
    case Frequency::event:
      return 0;
  }
  return 0;
}

std::vector<std::string_view> itgc_requirements(Framework f) {
  if (f == Framework::soc1)
    return {std::begin(itgc_requirements_soc1), std::end(itgc_requirements_soc1)};
  return {std::begin(itgc_requirements_soc2), std::end(itgc_requirements_soc2)};
}

Band band_for(Outcome applicability, double readiness, bool has_blockers,
              bool key_control_flagged) {
  if (applicability == Outcome::does_not_apply) return Band::not_in_scope;
  if (applicability == Outcome::undetermined) return Band::undetermined;
  double shown = round1(readiness);
  if (shown >= band_ready_min && !has_blockers && !key_control_flagged) return Band::ready;
  if (shown >= band_nearly_ready_min) return Band::nearly_ready;
  if (shown >= band_in_progress_min) return Band::in_progress;
  return Band::early;
}

}  // namespace socready::scoring::policy
