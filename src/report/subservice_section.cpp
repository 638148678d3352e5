#include "report/subservice_section.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/format.hpp"
#include "report/markdown.hpp"
#include "report/table.hpp"
#include "scoring/policy.hpp"
#include "scoring/subservice_worth.hpp"

namespace socready::report {

namespace {

std::string report_cell(const Subservice& v) {
  if (!v.report) return "none on file";
  const auto& r = *v.report;
  return fmt::format("{} Type {}, {} to {}, {}", label(r.framework), name(r.type),
                     r.period_start.iso(), r.period_end.iso(), name(r.opinion));
}

// The vendor's report judged for the report of the same framework, Type II: what an auditor
// relying on it would ask.
std::string status_cell(const Subservice& v, Date as_of) {
  const Framework f = v.report ? v.report->framework : Framework::soc2;
  const auto w = scoring::vendor_report_worth(v, f, ReportType::type2, as_of);
  if (w.reason.empty()) return "current";
  // The reason names the vendor, already in the row.
  const auto colon = w.reason.find(": ");
  return md_cell(colon == std::string::npos ? w.reason : w.reason.substr(colon + 2));
}

std::string codes_cell(const Subservice& v) {
  std::string out;
  for (const auto* list : {&v.csoc_criteria, &v.csoc_objectives})
    for (const auto& code : *list) out += (out.empty() ? "" : ", ") + code;
  return out.empty() ? std::string(none) : out;
}

}  // namespace

std::string render_subservice(const std::vector<Subservice>& vendors,
                              const std::string& service_slug, Date as_of) {
  return render_subservice(vendors, std::span<const std::string>(&service_slug, 1), as_of,
                           "service");
}

std::string render_subservice(const std::vector<Subservice>& vendors,
                              std::span<const std::string> service_slugs, Date as_of,
                              std::string_view scope) {
  MarkdownTable table({{"Vendor"},
                       {"Method"},
                       {"Its SOC report"},
                       {"Bridge letter to"},
                       {"Status"},
                       {"Meets alone"},
                       {"Monitored by"}});
  std::vector<std::string> expiring;
  const Quarter next = Quarter::containing(as_of).next();
  for (const auto& v : vendors) {
    if (std::none_of(service_slugs.begin(), service_slugs.end(),
                     [&](const std::string& slug) { return v.supports(slug); }))
      continue;
    table.add_row({md_cell(v.name), std::string(name(v.method)), report_cell(v),
                   v.bridge_letter_until ? v.bridge_letter_until->iso() : std::string(none),
                   status_cell(v, as_of), codes_cell(v),
                   v.monitored_by.empty() ? std::string(none) : md_cell(v.monitored_by)});
    if (v.report && v.method == SubserviceMethod::carve_out) {
      const Date until =
          v.report->period_end.plus_months(scoring::policy::vendor_report_current_months);
      if (next.first_day() <= until && until <= next.last_day())
        expiring.push_back(
            fmt::format("{}: its report stops being current after {}; ask for "
                        "the next one or a bridge letter",
                        md_text(v.name), until.iso()));
    }
  }
  if (table.empty()) return {};
  std::string out =
      "## Subservice organisations\n\n" +
      fmt::format("Vendors whose controls this {} relies on. ", scope) +
      "A carve-out vendor counts only for the "
      "requirements it meets alone, and only while its own report is current; an inclusive "
      "vendor's controls must be in this inventory.\n\n" +
      table.render() + "\n";
  if (!expiring.empty()) {
    out += fmt::format("Vendor reports that stop being current in {}:\n\n", next.label());
    for (const auto& e : expiring) out += "- " + e + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace socready::report
