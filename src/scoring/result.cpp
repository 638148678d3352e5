#include "scoring/result.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>
#include <utility>

#include "core/text.hpp"

namespace socready::scoring {

namespace {

// Each reason's name (JSON, snapshots) and its description (pages, explain), side by side so a
// new reason cannot have one without the other.
struct GapText {
  GapReason reason;
  std::string_view name;
  std::string_view description;
};

constexpr GapText gap_texts[] = {
    {GapReason::unmapped, "unmapped", "no control addresses it"},
    {GapReason::planned_only, "planned_only", "only planned controls address it"},
    {GapReason::partial, "partial", "the best control is only partly implemented"},
    {GapReason::failed_test, "failed_test",
     "the best control's latest test failed or had an exception"},
    {GapReason::deviation, "deviation", "a control addressing it had a deviation in the window"},
    {GapReason::stale_evidence, "stale_evidence", "the best control has no current evidence"},
    {GapReason::short_history, "short_history",
     "the best control began operating after the window opened"},
    {GapReason::missing_periods, "missing_periods",
     "the best control has periods of the window without evidence"},
    {GapReason::insufficient_samples, "insufficient_samples",
     "the best control has too little evidence in the window"},
    {GapReason::population_unknown, "population_unknown",
     "population unknown for the best (event-driven) control"},
    {GapReason::itgc_not_effective, "itgc_not_effective",
     "the best control is automated, and change management or logical access is not effective"},
    {GapReason::vendor_no_report, "vendor_no_report",
     "the carve-out vendor relied on has no SOC report on file"},
    {GapReason::vendor_report_adverse, "vendor_report_adverse",
     "the carve-out vendor's report has an adverse opinion or a disclaimer"},
    {GapReason::vendor_report_stale, "vendor_report_stale",
     "the carve-out vendor's report period ended more than 12 months ago"},
    {GapReason::vendor_report_qualified, "vendor_report_qualified",
     "the carve-out vendor's report has a qualified opinion"},
    {GapReason::vendor_report_other_framework, "vendor_report_other_framework",
     "the carve-out vendor's report is of the other framework"},
    {GapReason::vendor_report_type1, "vendor_report_type1",
     "the carve-out vendor's report is a Type I; a Type II needs its operation tested"},
    {GapReason::vendor_not_monitored, "vendor_not_monitored",
     "vendor monitoring control not named"},
    {GapReason::vendor_monitoring_weak, "vendor_monitoring_weak",
     "the carve-out vendor is capped by the score of its monitoring control"},
};

const GapText* gap_text(GapReason r) {
  for (const auto& g : gap_texts)
    if (g.reason == r) return &g;
  return nullptr;
}

constexpr EnumText<Outcome::undetermined> outcome_names{"applies", "does_not_apply",
                                                        "undetermined"};
constexpr EnumText<Band::undetermined> band_names{"Ready", "Nearly ready", "In progress",
                                                  "Early", "Not in scope", "Undetermined"};

}  // namespace

std::string_view name(GapReason r) {
  const GapText* g = gap_text(r);
  return g ? g->name : std::string_view{};
}
std::string_view describe(GapReason r) {
  const GapText* g = gap_text(r);
  return g ? g->description : std::string_view{};
}
std::optional<GapReason> parse_gap_reason(std::string_view s) {
  for (const auto& g : gap_texts)
    if (g.name == s) return g.reason;
  return std::nullopt;
}
std::string_view name(Outcome o) { return outcome_names.name(o); }
std::optional<Outcome> parse_outcome(std::string_view s) { return outcome_names.find(s); }

std::string_view name(Band b) { return band_names.name(b); }
std::optional<Band> parse_band(std::string_view s) { return band_names.find(s); }

double round1(double value) { return std::round(value * 10.0) / 10.0; }

std::string Deviation::result_name() const {
  return result ? std::string(name(*result)) : std::string("missing");
}

std::vector<ReadinessDeviation> deviations_of(const Readiness& readiness) {
  std::vector<ReadinessDeviation> out;
  if (readiness.type != ReportType::type2) return out;
  std::map<std::string_view, std::size_t> first_of_control;  // first entry of each control
  for (const auto& r : readiness.requirements)
    for (const auto& c : r.controls) {
      if (c->deviations.empty()) continue;
      auto [it, added] = first_of_control.emplace(c->key, out.size());
      if (added) {
        for (const auto& d : c->deviations) out.push_back({d, {r.code}, c->is_key});
      } else {
        for (std::size_t i = it->second; i < it->second + c->deviations.size(); ++i)
          out[i].requirements.push_back(r.code);
      }
    }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.deviation.date, a.deviation.control) <
           std::tie(b.deviation.date, b.deviation.control);
  });
  return out;
}

bool ApplicabilityResult::category_in_scope(Category c) const {
  return std::any_of(soc2_categories.begin(), soc2_categories.end(),
                     [c](const CategoryScope& s) { return s.category == c; });
}

const ControlScore* RequirementScore::best() const {
  for (const auto& c : controls)
    if (c->key == best_control) return c;
  return nullptr;
}

// Compares the controls by value: a result read back from JSON owns fresh copies.
bool operator==(const RequirementScore& a, const RequirementScore& b) {
  return a.code == b.code && a.title == b.title && a.series == b.series &&
         a.category == b.category && a.score == b.score && a.blocker == b.blocker &&
         a.best_control == b.best_control && a.gap == b.gap &&
         std::equal(a.controls.begin(), a.controls.end(), b.controls.begin(), b.controls.end(),
                    [](const auto& x, const auto& y) { return x == y || (x && y && *x == *y); });
}

void hold_controls(RequirementScore& r, std::vector<std::shared_ptr<const ControlScore>> controls) {
  r.controls.clear();
  for (const auto& c : controls) r.controls.push_back(c.get());
  r.owner =
      std::make_shared<const std::vector<std::shared_ptr<const ControlScore>>>(std::move(controls));
}

std::vector<std::string_view> control_keys(ControlSpan controls) {
  std::vector<std::string_view> out;
  out.reserve(controls.size());
  for (const auto& c : controls) out.push_back(c->key);
  return out;
}

std::vector<std::string_view> control_owners(ControlSpan controls) {
  std::vector<std::string_view> names;
  names.reserve(controls.size());
  for (const auto& c : controls)
    if (!c->owner.empty()) names.push_back(c->owner);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

double Readiness::display_readiness() const { return round1(readiness); }

const RequirementScore* Readiness::find(std::string_view code) const {
  for (const auto& r : requirements)
    if (r.code == code) return &r;
  return nullptr;
}

const Readiness& ServiceResult::readiness(Framework f, ReportType t) const {
  if (f == Framework::soc1) return t == ReportType::type1 ? soc1_type1 : soc1_type2;
  return t == ReportType::type1 ? soc2_type1 : soc2_type2;
}

Readiness& ServiceResult::readiness(Framework f, ReportType t) {
  return const_cast<Readiness&>(std::as_const(*this).readiness(f, t));
}

}  // namespace socready::scoring
