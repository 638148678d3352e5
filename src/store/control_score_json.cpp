#include "store/control_score_json.hpp"

#include <iterator>
#include <string>

#include "store/json_reading.hpp"

namespace socready::store {

using namespace scoring;

using nlohmann::json;
using namespace json_reading;

namespace {

struct Field {
  const char* name;
  json (*write)(const ControlScore&);
  void (*read)(ControlScore&, const json&);
  // Added after snapshots were first frozen: older ones lack it and keep the default.
  bool optional = false;
};

// A period of a control without evidence is written as [date, period]: a portfolio's snapshot
// holds hundreds of thousands, and as objects they were most of its size and of the time a
// report takes to read it back. Tests, and anything with more to say, stay objects. Snapshots
// frozen before migration 0015 hold only objects; both forms are read.
bool is_plain_missing_period(const Deviation& d, const ControlScore& c) {
  return d.missing() && d.control == c.key && !d.sample_size && !d.deviations &&
         d.management_response.empty() && !d.remediated_on;
}

json deviation_json(const Deviation& d, const ControlScore& c) {
  if (is_plain_missing_period(d, c)) return json::array({d.date.iso(), d.period});
  return {{"control", d.control},
          {"date", d.date.iso()},
          {"result", name_or_null(d.result)},
          {"period", d.period},
          {"sample_size", d.sample_size ? json(*d.sample_size) : json()},
          {"deviations", d.deviations ? json(*d.deviations) : json()},
          {"management_response", d.management_response},
          {"remediated_on", date_or_null(d.remediated_on)}};
}

std::optional<int> optional_int(const json& j) {
  return j.is_null() ? std::nullopt : std::optional<int>(j.get<int>());
}

// `c` is the control read so far: its key comes before its deviations in `fields`.
Deviation deviation_from_json(const json& j, const ControlScore& c) {
  Deviation d;
  if (j.is_array()) {
    if (j.size() != 2) malformed("missing period: expected [date, period]");
    d.control = c.key;
    d.date = parse_date(j[0]);
    d.period = j[1].get<std::string>();
    return d;
  }
  d.control = j.at("control").get<std::string>();
  d.date = parse_date(j.at("date"));
  d.result = parse_optional_enum(j.at("result"), parse_test_result, "result");
  d.period = j.at("period").get<std::string>();
  d.sample_size = optional_int(j.at("sample_size"));
  d.deviations = optional_int(j.at("deviations"));
  d.management_response = j.at("management_response").get<std::string>();
  d.remediated_on = parse_optional_date(j.at("remediated_on"));
  return d;
}

// A carve-out vendor's facts (SPEC §4a): null for the company's own controls.
json vendor_json(const std::optional<VendorFacts>& v) {
  if (!v) return nullptr;
  json report = nullptr;
  if (v->report)
    report = {{"framework", std::string(name(v->report->framework))},
              {"type", std::string(name(v->report->type))},
              {"period_start", v->report->period_start.iso()},
              {"period_end", v->report->period_end.iso()},
              {"opinion", std::string(name(v->report->opinion))}};
  return {{"vendor", v->vendor},
          {"report", std::move(report)},
          {"bridge_letter_until", date_or_null(v->bridge_letter_until)},
          {"monitored_by", v->monitored_by},
          {"monitoring_score", v->monitoring_score ? json(*v->monitoring_score) : json()},
          {"report_worth", v->report_worth}};
}

std::optional<VendorFacts> vendor_from_json(const json& j) {
  if (j.is_null()) return std::nullopt;
  VendorFacts v;
  v.vendor = j.at("vendor").get<std::string>();
  if (const json& r = j.at("report"); !r.is_null())
    v.report = VendorReport{parse_enum(r.at("framework"), framework_named, "framework"),
                            parse_enum(r.at("type"), type_named, "report type"),
                            parse_date(r.at("period_start")), parse_date(r.at("period_end")),
                            parse_enum(r.at("opinion"), parse_opinion, "opinion")};
  v.bridge_letter_until = parse_optional_date(j.at("bridge_letter_until"));
  v.monitored_by = j.at("monitored_by").get<std::string>();
  if (const json& m = j.at("monitoring_score"); !m.is_null()) v.monitoring_score = m.get<double>();
  v.report_worth = j.at("report_worth").get<double>();
  return v;
}

std::optional<Status> status_named(std::string_view s) { return parse_status(s); }
std::optional<Frequency> frequency_named(std::string_view s) { return parse_frequency(s); }
std::optional<TestResult> result_named(std::string_view s) { return parse_test_result(s); }

using C = ControlScore;

// A field whose value JSON holds as it is (text, number, truth value, list of text).
template <auto Member>
constexpr Field plain(const char* name, bool optional = false) {
  return {name, [](const C& c) -> json { return c.*Member; },
          [](C& c, const json& j) { j.get_to(c.*Member); }, optional};
}

// A date that may be absent: null.
template <auto Member>
constexpr Field optional_date(const char* name, bool optional = false) {
  return {name, [](const C& c) { return date_or_null(c.*Member); },
          [](C& c, const json& j) { c.*Member = parse_optional_date(j); }, optional};
}

// For Field::optional: a field older snapshots lack.
constexpr bool added_later = true;

// Every field, in the order written. Readers look each one up by name.
const Field fields[] = {
    plain<&C::key>("key"),
    plain<&C::title>("title"),
    plain<&C::owner>("owner"),
    {"status", [](const C& c) -> json { return std::string(name(c.status)); },
     [](C& c, const json& j) { c.status = parse_enum(j, status_named, "status"); }},
    {"frequency", [](const C& c) { return name_or_null(c.frequency); },
     [](C& c, const json& j) {
       c.frequency = parse_optional_enum(j, frequency_named, "frequency");
     }},
    optional_date<&C::implemented_on>("implemented_on"),
    {"valid_from", [](const C& c) -> json { return c.valid_from.iso(); },
     [](C& c, const json& j) { c.valid_from = parse_date(j); }},
    {"type", [](const C& c) -> json { return std::string(name(c.type)); },
     [](C& c, const json& j) { c.type = parse_enum(j, type_named, "report type"); }},
    plain<&C::score>("score"),
    plain<&C::status_weight>("status_weight"),
    plain<&C::evidence_factor>("evidence_factor"),
    plain<&C::test_factor>("test_factor"),
    optional_date<&C::latest_evidence>("latest_evidence"),
    plain<&C::max_evidence_age_days>("max_evidence_age_days"),
    optional_date<&C::latest_test>("latest_test"),
    {"latest_test_result", [](const C& c) { return name_or_null(c.latest_test_result); },
     [](C& c, const json& j) {
       c.latest_test_result = parse_optional_enum(j, result_named, "result");
     }},
    plain<&C::operating_factor>("operating_factor"),
    plain<&C::sample_factor>("sample_factor"),
    plain<&C::days_operating_in_window>("days_operating_in_window"),
    plain<&C::window_days>("window_days"),
    plain<&C::evidence_in_window>("evidence_in_window"),
    plain<&C::required_sample>("required_sample"),
    {"gap", [](const C& c) { return name_or_null(c.gap); },
     [](C& c, const json& j) { c.gap = parse_optional_enum(j, parse_gap_reason, "gap reason"); }},
    plain<&C::reasons>("reasons"),
    {"nature", [](const C& c) -> json { return std::string(name(c.nature)); },
     [](C& c, const json& j) { c.nature = parse_enum(j, parse_nature, "nature"); }, added_later},
    plain<&C::is_key>("is_key", added_later),
    plain<&C::compensates>("compensates", added_later),
    optional_date<&C::operating_start>("operating_start", added_later),
    plain<&C::partial_days_in_window>("partial_days_in_window", added_later),
    plain<&C::coverage_factor>("coverage_factor", added_later),
    plain<&C::required_periods>("required_periods", added_later),
    plain<&C::covered_periods>("covered_periods", added_later),
    plain<&C::deviation_factor>("deviation_factor", added_later),
    plain<&C::population_factor>("population_factor", added_later),
    {"population", [](const C& c) { return c.population ? json(*c.population) : json(); },
     [](C& c, const json& j) { c.population = optional_int(j); }, added_later},
    {"deviations",
     [](const C& c) {
       json out = json::array();
       for (const auto& d : c.deviations) out.push_back(deviation_json(d, c));
       return out;
     },
     [](C& c, const json& j) {
       c.deviations.reserve(j.size());
       for (const auto& d : j) c.deviations.push_back(deviation_from_json(d, c));
     },
     added_later},
    {"vendor", [](const C& c) { return vendor_json(c.vendor); },
     [](C& c, const json& j) { c.vendor = vendor_from_json(j); }, added_later},
};

template <typename F>
ControlScore read_fields(F&& value_of) {
  try {
    ControlScore c;
    for (std::size_t i = 0; i < std::size(fields); ++i)
      if (const json* value = value_of(i, fields[i])) fields[i].read(c, *value);
    return c;
  } catch (const json::exception& e) {
    malformed(std::string("control score: ") + e.what());
  }
}

}  // namespace

json control_score_json(const ControlScore& score) {
  json out = json::object();
  for (const auto& f : fields) out[f.name] = f.write(score);
  return out;
}

ControlScore control_score_from_json(const json& j) {
  return read_fields([&](std::size_t, const Field& f) -> const json* {
    if (f.optional && !j.contains(f.name)) return nullptr;
    return &j.at(f.name);
  });
}

json control_score_columns() {
  json out = json::array();
  for (const auto& f : fields) out.push_back(f.name);
  return out;
}

json control_score_row(const ControlScore& score) {
  json out = json::array();
  for (const auto& f : fields) out.push_back(f.write(score));
  return out;
}

ControlScoreRowReader::ControlScoreRowReader(const json& columns) {
  if (!columns.is_array()) malformed("control score columns: expected a list of names");
  width_ = columns.size();
  for (const auto& f : fields) {
    std::size_t i = 0;
    while (i < width_ && !(columns[i].is_string() && columns[i] == f.name)) ++i;
    if (i == width_ && !f.optional)
      malformed(std::string("control score columns: no '") + f.name + "'");
    column_of_field_.push_back(i);  // width_: absent, the default stays
  }
}

ControlScore ControlScoreRowReader::read(const json& row) const {
  if (!row.is_array() || row.size() != width_)
    malformed("control score row: expected " + std::to_string(width_) + " values");
  return read_fields([&](std::size_t i, const Field&) -> const json* {
    return column_of_field_[i] < width_ ? &row[column_of_field_[i]] : nullptr;
  });
}

}  // namespace socready::store
