#pragma once
// The JSON records of SPEC §6 that commands print: a score and an applicability decision.
// (Frozen snapshots have their own, complete form: store/snapshot_json.hpp.)

#include <nlohmann/json.hpp>

#include "scoring/result.hpp"

namespace socready::scoring {

struct SystemResult;
struct SystemFramework;

// Exactly the keys of SPEC §6: service, product_line, framework, applies (true only when it
// applies), applicability (applies, does_not_apply, undetermined), type, readiness
// (rounded to one decimal, as displayed), band, in_scope, covered, blockers, deviations (Type II:
// each test of the window that found a deviation as {control, date, result}, and each control
// with missing periods once as {control, date, result: "missing", periods: [...]}, three or
// more periods in a row written "FIRST to LAST"; empty for Type I), and for SOC 2 categories.
nlohmann::json score_json(const ServiceResult& result, Framework framework, ReportType type);

// A system's score (SPEC §2, §4b): system, name, services, framework, planned (the system plans
// a report of it), applies_to (its services the framework applies to: the other reason it is
// scored), type, readiness, band, in_scope, covered, blockers, deviations as score_json, period
// (the planned report: type, start, end, projection: true while its end is after the as-of date;
// null when none is planned) and, for Type II, window {opens, closes, from: trailing, period,
// projection or not_started}.
nlohmann::json system_score_json(const SystemResult& result, const SystemFramework& framework,
                                 ReportType type);

// score_json's `deviations` of one readiness.
nlohmann::json deviations_json(const Readiness& readiness);

// service, name, product_line, verdict, soc1 {applies, applicability, rationale, to_answer},
// soc2 {the same, categories [{category, reason}]}, soc1_objectives, unknowns,
// to_confirm [{question, inferred, from}], contradictions.
nlohmann::json applicability_json(const ServiceResult& result);

// The decision alone: verdict, soc1, soc2, soc1_objectives, unknowns, to_confirm,
// contradictions.
nlohmann::json applicability_body_json(const ApplicabilityResult& applicability);

}  // namespace socready::scoring
