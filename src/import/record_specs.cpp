#include "import/record_specs.hpp"

#include <fmt/format.h>

#include <charconv>

#include "import/columns.hpp"

namespace socready::import {

namespace {

template <typename Record>
constexpr Column<Record> key_column() {
  return {"control_id", Need::required,
          [](Record& r, const Cell& c) { r.control_key = read_control_id(c); },
          [](const Record& r) { return r.control_key; }, true};
}

template <typename Record, Date Record::*M>
constexpr Column<Record> date_column(std::string_view header) {
  return {header, Need::required,
          [](Record& r, const Cell& c) {
            if (auto d = read_date(c, Need::required, c.context->today)) r.*M = *d;
          },
          [](const Record& r) { return (r.*M).iso(); }};
}

void read_result(TestRecord& r, const Cell& c) {
  const auto outcome = test_outcome_from(c.text);
  if (!outcome || !outcome->tested) {
    c.problem(fmt::format("result: '{}' is not a test result; expected pass, fail or exception",
                          trim(c.text)));
    return;
  }
  r.result = outcome->result;
}

// A count cell: a whole number, 0 or more; nullopt (and a problem unless blank) otherwise.
std::optional<int> read_count(const Cell& c, Need need) {
  const auto text = trim(c.text);
  if (text.empty()) {
    if (need == Need::required)
      c.problem(fmt::format("{}: expected a count, found nothing", c.header));
    return std::nullopt;
  }
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 0) {
    c.problem(
        fmt::format("{}: '{}' is not a count; expected a whole number, 0 or more", c.header, text));
    return std::nullopt;
  }
  return n;
}

template <std::optional<int> TestRecord::*M>
constexpr Column<TestRecord> count_column(std::string_view header) {
  return {header, Need::optional,
          [](TestRecord& r, const Cell& c) {
            if (auto n = read_count(c, Need::optional)) r.*M = *n;
          },
          [](const TestRecord& r) { return r.*M ? std::to_string(*(r.*M)) : std::string(); }};
}

constexpr std::size_t tested_on_column = 1;
constexpr std::size_t deviations_column = 6;
constexpr std::size_t remediated_on_column = 8;

// The rules between columns, once each has been read.
void check_test(const TestRecord& r, Findings& findings) {
  if (r.sample_size && r.deviations && *r.deviations > *r.sample_size)
    findings.push_back(
        {deviations_column, fmt::format("deviations: {} is more than the sample_size of {}",
                                        *r.deviations, *r.sample_size)});
  if (r.remediated_on && !has_finding(findings, tested_on_column) && *r.remediated_on < r.tested_on)
    findings.push_back(
        {remediated_on_column, fmt::format("remediated_on: {} is before the test on {}",
                                           r.remediated_on->iso(), r.tested_on.iso())});
}

void check_population(const PopulationRecord& r, Findings& findings) {
  if (!has_finding(findings, population_start_column) &&
      !has_finding(findings, population_end_column) && r.period_end < r.period_start)
    findings.push_back(
        {population_end_column, fmt::format("period_end: {} is before period_start {}",
                                            r.period_end.iso(), r.period_start.iso())});
}

}  // namespace

const Spec<EvidenceRecord, 4> evidence_spec{{
    key_column<EvidenceRecord>(),
    date_column<EvidenceRecord, &EvidenceRecord::collected_on>("collected_on"),
    text_column<&EvidenceRecord::description>("description"),
    text_column<&EvidenceRecord::location>("location"),
}};

const Spec<TestRecord, 9> test_spec{{
    key_column<TestRecord>(),
    date_column<TestRecord, &TestRecord::tested_on>("tested_on"),
    {"result", Need::required, read_result,
     [](const TestRecord& r) { return std::string(name(r.result)); }},
    text_column<&TestRecord::tester>("tester"),
    text_column<&TestRecord::notes>("notes"),
    count_column<&TestRecord::sample_size>("sample_size"),
    count_column<&TestRecord::deviations>("deviations"),
    text_column<&TestRecord::management_response>("management_response"),
    {"remediated_on", Need::optional,
     [](TestRecord& r, const Cell& c) {
       r.remediated_on = read_date(c, Need::optional, c.context->today);
     },
     [](const TestRecord& r) { return date_text(r.remediated_on); }},
}};

const Spec<PopulationRecord, 4> population_spec{{
    key_column<PopulationRecord>(),
    date_column<PopulationRecord, &PopulationRecord::period_start>("period_start"),
    date_column<PopulationRecord, &PopulationRecord::period_end>("period_end"),
    {"count", Need::required,
     [](PopulationRecord& r, const Cell& c) {
       if (auto n = read_count(c, Need::required)) r.count = *n;
     },
     [](const PopulationRecord& r) { return std::to_string(r.count); }},
}};

void read_evidence(Cells cells, const ReadContext& context, EvidenceRecord& out,
                   Findings& findings) {
  read_columns(evidence_spec, cells, context, out, findings);
}

void read_test(Cells cells, const ReadContext& context, TestRecord& out, Findings& findings) {
  read_columns(test_spec, cells, context, out, findings);
  check_test(out, findings);
}

void read_population(Cells cells, const ReadContext& context, PopulationRecord& out,
                     Findings& findings) {
  read_columns(population_spec, cells, context, out, findings);
  check_population(out, findings);
}

}  // namespace socready::import
