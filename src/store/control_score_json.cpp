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
  void (*read)(ControlScore&, Value);
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

// `c` is the control read so far: its key comes before its deviations in `fields`.
Deviation deviation_from_json(Value j, const ControlScore& c) {
  Deviation d;
  if (j.is_array()) {
    List pair = list(j);
    if (pair.size() != 2) malformed("missing period: expected [date, period]");
    auto it = pair.begin();
    d.control = c.key;
    d.date = parse_date(*it);
    d.period = text(*++it);
    return d;
  }
  read_members(j, d, "control", &Deviation::control, "date", &Deviation::date, "period",
               &Deviation::period, "sample_size", &Deviation::sample_size, "deviations",
               &Deviation::deviations, "management_response", &Deviation::management_response,
               "remediated_on", &Deviation::remediated_on);
  d.result = parse_optional_enum(member(j, "result"), parse_test_result, "result");
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

std::optional<VendorFacts> vendor_from_json(Value j) {
  if (j.is_null()) return std::nullopt;
  VendorFacts v;
  v.vendor = text(member(j, "vendor"));
  if (Value r = member(j, "report"); !r.is_null())
    v.report =
        VendorReport{parse_enum(member(r, "framework"), framework_named, "framework"),
                     parse_enum(member(r, "type"), type_named, "report type"),
                     parse_date(member(r, "period_start")), parse_date(member(r, "period_end")),
                     parse_enum(member(r, "opinion"), parse_opinion, "opinion")};
  v.bridge_letter_until = parse_optional_date(member(j, "bridge_letter_until"));
  v.monitored_by = text(member(j, "monitored_by"));
  if (Value m = member(j, "monitoring_score"); !m.is_null()) v.monitoring_score = number(m);
  v.report_worth = number(member(j, "report_worth"));
  return v;
}

std::optional<Status> status_named(std::string_view s) { return parse_status(s); }
std::optional<Frequency> frequency_named(std::string_view s) { return parse_frequency(s); }
std::optional<TestResult> result_named(std::string_view s) { return parse_test_result(s); }

using C = ControlScore;

// A field whose value JSON holds as it is (text, number, truth value, list of text), read as
// json_reading::read_value reads its type.
template <auto Member>
constexpr Field plain(const char* name, bool optional = false) {
  return {name, [](const C& c) -> json { return c.*Member; },
          [](C& c, Value j) { read_value(j, c.*Member); }, optional};
}

// A date that may be absent: null.
template <auto Member>
constexpr Field optional_date(const char* name, bool optional = false) {
  return {name, [](const C& c) { return date_or_null(c.*Member); },
          [](C& c, Value j) { c.*Member = parse_optional_date(j); }, optional};
}

// For Field::optional: a field older snapshots lack.
constexpr bool added_later = true;

// Every field, in the order written. Readers look each one up by name.
const Field fields[] = {
    plain<&C::key>("key"),
    plain<&C::title>("title"),
    plain<&C::owner>("owner"),
    {"status", [](const C& c) -> json { return std::string(name(c.status)); },
     [](C& c, Value j) { c.status = parse_enum(j, status_named, "status"); }},
    {"frequency", [](const C& c) { return name_or_null(c.frequency); },
     [](C& c, Value j) { c.frequency = parse_optional_enum(j, frequency_named, "frequency"); }},
    optional_date<&C::implemented_on>("implemented_on"),
    {"valid_from", [](const C& c) -> json { return c.valid_from.iso(); },
     [](C& c, Value j) { c.valid_from = parse_date(j); }},
    {"type", [](const C& c) -> json { return std::string(name(c.type)); },
     [](C& c, Value j) { c.type = parse_enum(j, type_named, "report type"); }},
    plain<&C::score>("score"),
    plain<&C::status_weight>("status_weight"),
    plain<&C::evidence_factor>("evidence_factor"),
    plain<&C::test_factor>("test_factor"),
    optional_date<&C::latest_evidence>("latest_evidence"),
    plain<&C::max_evidence_age_days>("max_evidence_age_days"),
    optional_date<&C::latest_test>("latest_test"),
    {"latest_test_result", [](const C& c) { return name_or_null(c.latest_test_result); },
     [](C& c, Value j) { c.latest_test_result = parse_optional_enum(j, result_named, "result"); }},
    plain<&C::operating_factor>("operating_factor"),
    plain<&C::sample_factor>("sample_factor"),
    plain<&C::days_operating_in_window>("days_operating_in_window"),
    plain<&C::window_days>("window_days"),
    plain<&C::evidence_in_window>("evidence_in_window"),
    plain<&C::required_sample>("required_sample"),
    {"gap", [](const C& c) { return name_or_null(c.gap); },
     [](C& c, Value j) { c.gap = parse_optional_enum(j, parse_gap_reason, "gap reason"); }},
    plain<&C::reasons>("reasons"),
    {"nature", [](const C& c) -> json { return std::string(name(c.nature)); },
     [](C& c, Value j) { c.nature = parse_enum(j, parse_nature, "nature"); }, added_later},
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
     [](C& c, Value j) { read_value(j, c.population); }, added_later},
    {"deviations",
     [](const C& c) {
       json out = json::array();
       for (const auto& d : c.deviations) out.push_back(deviation_json(d, c));
       return out;
     },
     [](C& c, Value j) {
       List all = list(j);
       c.deviations.reserve(all.size());
       for (Value d : all) c.deviations.push_back(deviation_from_json(d, c));
     },
     added_later},
    {"vendor", [](const C& c) { return vendor_json(c.vendor); },
     [](C& c, Value j) { c.vendor = vendor_from_json(j); }, added_later},
};

template <typename F>
ControlScore read_fields(F&& value_of) {
  try {
    ControlScore c;
    for (std::size_t i = 0; i < std::size(fields); ++i)
      if (std::optional<Value> value = value_of(i, fields[i])) fields[i].read(c, *value);
    return c;
  } catch (const simdjson::simdjson_error& e) {
    malformed(std::string("control score: ") + e.what());
  }
}

}  // namespace

json control_score_json(const ControlScore& score) {
  json out = json::object();
  for (const auto& f : fields) out[f.name] = f.write(score);
  return out;
}

ControlScore control_score_from_json(Value j) {
  return read_fields([&](std::size_t, const Field& f) -> std::optional<Value> {
    if (f.optional) return find(j, f.name);
    return member(j, f.name);
  });
}

ControlScore control_score_from_json(const json& j) {
  return read_nlohmann(j, [](Value v) { return control_score_from_json(v); });
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

ControlScoreRowReader::ControlScoreRowReader(Value columns) {
  if (!columns.is_array()) malformed("control score columns: expected a list of names");
  std::vector<std::optional<std::string_view>> names;
  for (Value c : list(columns))
    names.push_back(c.is_string() ? std::optional(text_view(c)) : std::nullopt);
  width_ = names.size();
  for (const auto& f : fields) {
    std::size_t i = 0;
    while (i < width_ && names[i] != f.name) ++i;
    if (i == width_ && !f.optional)
      malformed(std::string("control score columns: no '") + f.name + "'");
    column_of_field_.push_back(i);  // width_: absent, the default stays
  }
}

// The reader keeps only column positions, not the columns' document.
ControlScoreRowReader::ControlScoreRowReader(const json& columns)
    : ControlScoreRowReader(
          read_nlohmann(columns, [](Value v) { return ControlScoreRowReader(v); })) {}

ControlScore ControlScoreRowReader::read(Value row) const {
  // simdjson finds the n-th value of a list by walking to it: the row's values are gathered
  // once, then each field takes its own.
  std::vector<Value> cells;
  if (row.is_array()) {
    cells.reserve(width_);
    for (Value v : list(row)) cells.push_back(v);
  }
  if (!row.is_array() || cells.size() != width_)
    malformed("control score row: expected " + std::to_string(width_) + " values");
  return read_fields([&](std::size_t i, const Field&) -> std::optional<Value> {
    if (column_of_field_[i] < width_) return cells[column_of_field_[i]];
    return std::nullopt;
  });
}

ControlScore ControlScoreRowReader::read(const json& row) const {
  return read_nlohmann(row, [this](Value v) { return read(v); });
}

}  // namespace socready::store
