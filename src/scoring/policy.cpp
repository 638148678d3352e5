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

namespace {

// What each frequency is held to, one row per frequency in enum order, so a new frequency is a
// new row and nothing else.
struct FrequencyRules {
  Frequency frequency;
  int max_age;          // days, see max_age_*
  int sample;           // see sample_*; event-driven controls sample from their population instead
  int grace;            // days, see grace_*; 0 for frequencies without calendar periods
  int plan_run_months;  // see plan_run_months_*; 0 when every window holds a run
};

constexpr FrequencyRules frequency_rules[] = {
    {Frequency::continuous, max_age_continuous, sample_continuous, grace_weekly, 0},
    {Frequency::daily, max_age_daily, sample_daily, grace_weekly, 0},
    {Frequency::weekly, max_age_weekly, sample_weekly, grace_weekly, 0},
    {Frequency::monthly, max_age_monthly, sample_monthly, grace_monthly, 0},
    {Frequency::quarterly, max_age_quarterly, sample_quarterly, grace_quarterly,
     plan_run_months_quarterly},
    {Frequency::semiannual, max_age_semiannual, sample_semiannual, grace_semiannual,
     plan_run_months_semiannual},
    {Frequency::annual, max_age_annual, sample_annual, 0, plan_run_months_annual},
    {Frequency::event, max_age_event, sample_annual, 0, 0},
};

constexpr bool rows_in_enum_order() {
  for (std::size_t i = 0; i < std::size(frequency_rules); ++i)
    if (static_cast<std::size_t>(frequency_rules[i].frequency) != i) return false;
  return true;
}
static_assert(rows_in_enum_order(), "frequency_rules: one row per Frequency, in enum order");

const FrequencyRules& rules(Frequency f) { return frequency_rules[static_cast<std::size_t>(f)]; }

}  // namespace

int max_evidence_age_days(std::optional<Frequency> f, Nature nature) {
  const int age = f ? rules(*f).max_age : max_age_unknown;
  return nature == Nature::automated ? std::max(age, max_age_automated_min) : age;
}

int event_sample(int population) {
  if (population > event_large_population_above) return sample_event_large;
  if (population > event_medium_population_above) return sample_event_medium;
  if (population > event_small_population_above) return sample_event_small;
  return std::max(population, 0);
}

int frequency_sample(std::optional<Frequency> f) { return f ? rules(*f).sample : sample_unknown; }

int grace_days(Frequency f) { return rules(f).grace; }

int plan_run_months(Frequency f) { return rules(f).plan_run_months; }

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
