#include "import/record_specs.hpp"

#include <fmt/format.h>

#include "import/spec_reading.hpp"
#include "import/vocabulary.hpp"

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

template <typename Record, std::string Record::*M>
constexpr Column<Record> text_column(std::string_view header) {
  return {header, Need::optional, [](Record& r, const Cell& c) { r.*M = free_text(c.text); },
          [](const Record& r) { return r.*M; }, true};
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

}  // namespace

const Spec<EvidenceRecord, 4> evidence_spec{{
    key_column<EvidenceRecord>(),
    date_column<EvidenceRecord, &EvidenceRecord::collected_on>("collected_on"),
    text_column<EvidenceRecord, &EvidenceRecord::description>("description"),
    text_column<EvidenceRecord, &EvidenceRecord::location>("location"),
}};

const Spec<TestRecord, 5> test_spec{{
    key_column<TestRecord>(),
    date_column<TestRecord, &TestRecord::tested_on>("tested_on"),
    {"result", Need::required, read_result,
     [](const TestRecord& r) { return std::string(name(r.result)); }},
    text_column<TestRecord, &TestRecord::tester>("tester"),
    text_column<TestRecord, &TestRecord::notes>("notes"),
}};

void read_evidence(std::span<const std::string_view> cells, const ReadContext& context,
                   EvidenceRecord& out, Findings& findings) {
  read_columns(evidence_spec, cells, context, out, findings);
}

void read_test(std::span<const std::string_view> cells, const ReadContext& context, TestRecord& out,
               Findings& findings) {
  read_columns(test_spec, cells, context, out, findings);
}

}  // namespace socready::import
