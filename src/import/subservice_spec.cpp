#include "import/subservice_spec.hpp"

#include <fmt/format.h>

#include "import/columns.hpp"
#include "import/lookups.hpp"

namespace socready::import {

namespace {

using S = Subservice;

// The columns of the vendor's report, read together by read_subservice.
constexpr std::size_t framework_column = 4, type_column = 5, start_column = 6, end_column = 7,
                      opinion_column = 8, bridge_column = 9;

void read_method(S& s, const Cell& c) {
  const auto text = trim(c.text);
  if (text.empty()) return;  // carve-out, the usual method
  if (auto m = parse_method(text))
    s.method = *m;
  else
    c.problem(fmt::format("method: '{}' is not a method; expected carve-out or inclusive", text));
}

// A report column: read by read_subservice, written from the report when there is one.
template <typename F>
constexpr Column<S> report_column(std::string_view header, F write) {
  return {header, Need::optional, nullptr, write};
}

std::string report_text(const S& s, std::string (*field)(const VendorReport&)) {
  return s.report ? field(*s.report) : std::string();
}

Cell cell_of(Cells cells, std::size_t i, const ReadContext& context, Findings& findings) {
  return Cell{cells[i], i, subservice_spec[i].header, &findings, &context};
}

// The five report cells: all blank is no report; any given needs the rest.
void read_report(Cells cells, const ReadContext& context, S& s, Findings& findings) {
  bool any = false;
  for (auto i : {framework_column, type_column, start_column, end_column, opinion_column})
    any = any || !trim(cells[i]).empty();
  if (!any) return;
  const auto before = findings.size();
  VendorReport r;
  const auto need = [&](std::size_t column, std::string_view what) {
    const Cell c = cell_of(cells, column, context, findings);
    if (trim(c.text).empty())
      c.problem(fmt::format("{}: a vendor report needs its {}", c.header, what));
    return c;
  };
  if (const auto c = need(framework_column, "framework (soc1 or soc2)"); !trim(c.text).empty()) {
    if (auto f = parse_framework(trim(c.text)))
      r.framework = *f;
    else
      c.problem(fmt::format("report_framework: '{}' is not a framework; expected soc1 or soc2",
                            trim(c.text)));
  }
  if (const auto c = need(type_column, "type (I or II)"); !trim(c.text).empty()) {
    if (auto t = parse_report_type(trim(c.text)))
      r.type = *t;
    else
      c.problem(
          fmt::format("report_type: '{}' is not a report type; expected I or II", trim(c.text)));
  }
  const auto start =
      read_date(cell_of(cells, start_column, context, findings), Need::required, context.today);
  const auto end =
      read_date(cell_of(cells, end_column, context, findings), Need::required, context.today);
  if (start && end && *end < *start)
    cell_of(cells, end_column, context, findings)
        .problem(fmt::format("period_end: {} is before period_start {}", end->iso(), start->iso()));
  if (const auto c = need(opinion_column, "opinion"); !trim(c.text).empty()) {
    if (auto o = parse_opinion(c.text))
      r.opinion = *o;
    else
      c.problem(
          fmt::format("opinion: '{}' is not an opinion; expected unmodified, qualified, "
                      "adverse or disclaimer",
                      trim(c.text)));
  }
  if (findings.size() != before) return;
  r.period_start = *start;
  r.period_end = *end;
  s.report = r;
}

// A bridge letter covers the time after the report's period: it needs a report, and begins
// after that period's end.
void read_bridge_letter(Cells cells, const ReadContext& context, S& s, Findings& findings) {
  const Cell c = cell_of(cells, bridge_column, context, findings);
  if (trim(c.text).empty()) return;
  const auto until = read_date(c, Need::required, context.today);
  if (!until) return;
  if (!s.report) {
    if (trim(cells[end_column]).empty())
      c.problem("bridge_letter_until: a bridge letter needs the report it follows");
    return;
  }
  if (*until <= s.report->period_end) {
    c.problem(fmt::format("bridge_letter_until: {} is not after the report's period end {}",
                          until->iso(), s.report->period_end.iso()));
    return;
  }
  s.bridge_letter_until = until;
}

}  // namespace

const Spec<Subservice, 14> subservice_spec{{
    {"vendor", Need::required,
     [](S& s, const Cell& c) { s.key = read_record_id(c, "a vendor id"); },
     [](const S& s) { return s.key; }, true},
    text_column<&S::name>("name"),
    services_column<&S::services, &S::all_services>(),
    {"method", Need::optional, read_method, [](const S& s) { return std::string(name(s.method)); }},
    report_column("report_framework",
                  [](const S& s) {
                    return report_text(s, [](const VendorReport& r) {
                      return r.framework == Framework::soc1 ? std::string("soc1")
                                                            : std::string("soc2");
                    });
                  }),
    report_column("report_type",
                  [](const S& s) {
                    return report_text(
                        s, [](const VendorReport& r) { return std::string(name(r.type)); });
                  }),
    report_column("period_start",
                  [](const S& s) {
                    return report_text(s,
                                       [](const VendorReport& r) { return r.period_start.iso(); });
                  }),
    report_column("period_end",
                  [](const S& s) {
                    return report_text(s, [](const VendorReport& r) { return r.period_end.iso(); });
                  }),
    report_column("opinion",
                  [](const S& s) {
                    return report_text(
                        s, [](const VendorReport& r) { return std::string(name(r.opinion)); });
                  }),
    report_column("bridge_letter_until",
                  [](const S& s) { return date_text(s.bridge_letter_until); }),
    codes_column<&S::csoc_criteria, Framework::soc2>("csoc_tsc"),
    codes_column<&S::csoc_objectives, Framework::soc1>("csoc_soc1_objectives"),
    text_column<&S::csoc_description>("csoc_description"),
    text_column<&S::monitored_by>("monitored_by"),
}};

bool read_subservice(Cells cells, const ReadContext& context, Subservice& out, Findings& findings) {
  if (!read_keyed_columns(subservice_spec, cells, context, out, findings)) return false;
  read_report(cells, context, out, findings);
  read_bridge_letter(cells, context, out, findings);
  return true;
}

}  // namespace socready::import
