#pragma once
// Every number the scorer uses lives here and nowhere else, so docs/scoring.md and `explain` can
// quote it and a change of policy is a one-line diff. SPEC §4 fixes the status weights and the
// auditors' sample sizes; the rest is the project's judgement, with the reasoning beside it.

#include <optional>

#include "core/model.hpp"
#include "scoring/result.hpp"

namespace socready::scoring::policy {

// ---- Status weights (SPEC §4). not_applicable controls are left out, never weighted. ----
inline constexpr double weight_implemented = 1.0;
inline constexpr double weight_partial = 0.5;  // designed but not yet fully in place
inline constexpr double weight_planned = 0.0;  // intent is not a control: a planned one blocks

// ---- Evidence freshness: the oldest the latest evidence may be, in days, to count as current.
// Each is the frequency's period plus a grace for evidence that is filed late, so a control that
// ran on schedule is never called stale the day before its next run is due.
inline constexpr int max_age_continuous = 7;    // automated: a week to export a sample
inline constexpr int max_age_daily = 7;         // a missed week of daily runs is a finding
inline constexpr int max_age_weekly = 14;       // one missed run plus its week
inline constexpr int max_age_monthly = 45;      // a month plus half a month to file
inline constexpr int max_age_quarterly = 120;   // a quarter plus a month
inline constexpr int max_age_semiannual = 210;  // half a year plus a month
inline constexpr int max_age_annual = 400;      // a year plus a month
// Event-driven controls run when something happens; a quiet year is not a failure.
inline constexpr int max_age_event = 400;
// A control with no frequency on file is held to the loosest regular schedule.
inline constexpr int max_age_unknown = 400;

// ---- Reductions of a control's score (multiplied into the status weight). ----
// No evidence at all, or none within the allowance: the design may exist but nobody can show it
// ran, so half the credit.
inline constexpr double factor_no_current_evidence = 0.5;
// Latest test failed: the control is known not to work.
inline constexpr double factor_test_failed = 0.25;
// Latest test had an exception: it works with deviations an auditor would report.
inline constexpr double factor_test_exception = 0.5;
// No test on file is not penalised: a Type I report is about design, and a Type II auditor does
// the testing; evidence is what readiness can measure.

// ---- Observation window for Type II (SPEC §4: default 6 months, 3 to 12 allowed). ----
inline constexpr int default_window_months = 6;
inline constexpr int min_window_months = 3;
inline constexpr int max_window_months = 12;

// ---- Type II sample sizes per frequency (SPEC §4, the sizes auditors commonly test). ----
inline constexpr int sample_annual = 1;
inline constexpr int sample_semiannual = 1;  // not in SPEC: one run per half year, like annual
inline constexpr int sample_quarterly = 2;
inline constexpr int sample_monthly = 2;
inline constexpr int sample_weekly = 5;
inline constexpr int sample_daily = 25;
inline constexpr int sample_continuous = 40;  // "several times a day"
inline constexpr int sample_unknown = 1;      // no frequency on file: treated like annual
// Event-driven: the sample scales with the population, which is the number of evidence records
// in the window (the only count of events on file).
inline constexpr int event_large_population_above = 250;
inline constexpr int sample_event_large = 25;  // more than 250 events
inline constexpr int event_medium_population_above = 50;
inline constexpr int sample_event_medium = 15;  // 51 to 250
inline constexpr int event_small_population_above = 10;
inline constexpr int sample_event_small = 8;  // 11 to 50; 10 or fewer: all of them
inline constexpr int sample_minimum = 1;      // even with no events, one is needed

// A window shorter than two quarters cannot hold two quarterly runs, so the quarterly sample is
// capped at the whole quarters in the window (at least 1). 90 days, not 91, so that every
// 6-month window (181 to 184 days) still asks for 2. The other samples fit any allowed window.
inline constexpr int period_days_quarterly = 90;

// ---- Bands, compared with the readiness rounded to one decimal, as displayed. ----
inline constexpr double band_ready_min = 90.0;         // and no blockers
inline constexpr double band_nearly_ready_min = 75.0;  // also where a 90+ with blockers lands
inline constexpr double band_in_progress_min = 40.0;   // below: Early

// ---- Lookups over the values above. ----
double status_weight(Status s);  // not_applicable: 0 (callers leave those controls out)
int max_evidence_age_days(std::optional<Frequency> f);
// The sample an auditor would test from the window. `population` is the number of evidence
// records in the window (used for event-driven controls), `window_days` its length.
int required_sample(std::optional<Frequency> f, int population, int window_days);
Band band_for(bool applies, double readiness, bool has_blockers);

}  // namespace socready::scoring::policy
