#pragma once
// Every number the scorer uses lives here and nowhere else, so docs/scoring.md and `explain` can
// quote it and a change of policy is a one-line diff. SPEC §4 fixes the status weights and the
// auditors' sample sizes; the rest is the project's judgement, with the reasoning beside it.

#include <optional>
#include <string_view>
#include <vector>

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
// For periodic controls the sample is never more than the required periods (see coverage).
inline constexpr int sample_annual = 1;
inline constexpr int sample_semiannual = 1;
inline constexpr int sample_quarterly = 2;
inline constexpr int sample_monthly = 2;
inline constexpr int sample_weekly = 5;
inline constexpr int sample_daily = 25;
inline constexpr int sample_continuous = 40;  // "several times a day", manual
inline constexpr int sample_unknown = 1;      // no frequency on file: treated like annual
inline constexpr int sample_minimum = 1;      // even with no whole period, one record is needed
// Event-driven: what the auditor samples from the population in the window. It is shown, not
// required: every instance needs evidence (see population factor).
inline constexpr int event_large_population_above = 250;
inline constexpr int sample_event_large = 25;  // more than 250 events
inline constexpr int event_medium_population_above = 50;
inline constexpr int sample_event_medium = 15;  // 51 to 250
inline constexpr int event_small_population_above = 10;
inline constexpr int sample_event_small = 8;  // 11 to 50; 10 or fewer: all of them

// ---- Coverage of the window's periods (SPEC §4). A record may be filed this many days after
// its period ends and still cover it. Daily controls are held to ISO weeks with the weekly grace.
inline constexpr int grace_weekly = 3;
inline constexpr int grace_monthly = 10;
inline constexpr int grace_quarterly = 30;
inline constexpr int grace_semiannual = 30;
// A daily control's week is covered by records on at least this many distinct dates (a working
// week); `continuous` manual controls run at least daily and are held to the same.
inline constexpr int daily_distinct_dates_per_week = 5;

// ---- Operating history. A day under status partial counts this much of an implemented day. A
// control partial today already carries weight_partial in Type I, so its partial days are not
// halved a second time: only days below today's status are discounted.
inline constexpr double operating_partial_day = 0.5;

// ---- Automated controls (SPEC §4): tested once, evidence current for at least this long. ----
inline constexpr int max_age_automated_min = 120;
// Full credit only while change management and logical access are effective for the service.
inline constexpr double factor_itgc_not_effective = 0.5;
// The requirements that stand for change management and logical access, per framework. One not
// in scope for a service is not checked (nothing in scope can be a blocker there).
inline constexpr std::string_view itgc_requirements_soc1[] = {"ITGC-CHANGE", "ITGC-ACCESS"};
inline constexpr std::string_view itgc_requirements_soc2[] = {"CC8.1", "CC6.1", "CC6.2", "CC6.3"};

// ---- Event-driven controls: no population on file caps the credit. ----
inline constexpr double factor_population_unknown = 0.5;

// ---- Deviations in the window (SPEC §4): each multiplies the Type II score, whatever later
// retests say. A failed test says the control did not work; an exception, or a pass that found
// deviations in its sample, says it worked with exceptions the report will list.
inline constexpr double factor_deviation_fail = 0.5;
inline constexpr double factor_deviation_exception = 0.75;

// ---- Bands, compared with the readiness rounded to one decimal, as displayed. ----
inline constexpr double band_ready_min = 90.0;         // and no blockers; Type II: and no deviation
                                                       // or missing period on a key control
inline constexpr double band_nearly_ready_min = 75.0;  // also where a 90+ with blockers lands
inline constexpr double band_in_progress_min = 40.0;   // below: Early

// ---- Lookups over the values above. ----
double status_weight(Status s);  // not_applicable: 0 (callers leave those controls out)
// The oldest current evidence, in days; automated controls get at least max_age_automated_min.
int max_evidence_age_days(std::optional<Frequency> f, Nature nature = Nature::manual);
// What an auditor samples for a periodic (or unknown) frequency, before the cap at the required
// periods. Event-driven controls: see event_sample.
int frequency_sample(std::optional<Frequency> f);
// What an auditor samples from a population of `population` events.
int event_sample(int population);
int grace_days(Frequency f);
std::vector<std::string_view> itgc_requirements(
    Framework f);  // 0 for frequencies without calendar periods
// Type II: `key_control_flagged` when a key control in scope has a deviation or missing period.
// A framework that does not apply is Not in scope; one still undetermined is Undetermined.
Band band_for(Outcome applicability, double readiness, bool has_blockers,
              bool key_control_flagged = false);

}  // namespace socready::scoring::policy

namespace socready::scoring::policy {

// ---- Carve-out subservice organisations (SPEC §4a): what the vendor's own report is worth. --
inline constexpr int vendor_report_current_months = 12;  // period ended at most this long ago
inline constexpr int vendor_report_stale_months = 15;    // up to here: lowered; beyond: nothing
inline constexpr double vendor_worth_full = 1.0;
inline constexpr double vendor_worth_lowered = 0.5;  // stale, qualified, Type I, other framework
// No monitoring control named: the company's review of the vendor is not shown to operate.
inline constexpr double vendor_worth_unmonitored_cap = 0.5;

}  // namespace socready::scoring::policy

namespace socready::scoring::policy {

// ---- Planning a report period (SPEC §4b, `socready plan`). ----
// A periodic control's next run is projected one period after its last (an overdue one from the
// as-of date on): the months between runs.
inline constexpr int plan_run_months_annual = 12;
inline constexpr int plan_run_months_semiannual = 6;
inline constexpr int plan_run_months_quarterly = 3;
// The months between a periodic control's runs, for the frequencies whose next run must fall
// inside a planned window; 0 for the others (shorter periods always fall inside a window of 3
// months or more, and event-driven controls run when something happens).
int plan_run_months(Frequency f);
// How far past the earliest date every control could have operated the search for a window that
// holds every periodic control's run goes. Runs repeat yearly, so two years see every pattern
// twice; past that, the schedules cannot meet in one window and there is no date.
inline constexpr int plan_search_months = 24;
// A vendor report covers a planned period when its period ended at most
// vendor_report_current_months before the planned end, or at most this many months more with a
// bridge letter running to the planned end (the stale band of §4a, bridged).
inline constexpr int vendor_bridge_letter_months = 3;

}  // namespace socready::scoring::policy
