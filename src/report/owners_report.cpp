#include "report/owners_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <string_view>

#include "report/file_names.hpp"
#include "report/format.hpp"
#include "report/markdown.hpp"
#include "report/notice.hpp"
#include "report/open_work.hpp"
#include "report/owner_work.hpp"
#include "report/table.hpp"

namespace socready::report {

namespace {

using Align = MarkdownTable::Align;

// A row names this many services and counts the rest: the service pages hold the detail.
constexpr std::size_t owner_row_services_named = 5;

std::string blocks(const WorkItem& w) {
  if (!w.blocker) return std::string(none);
  return w.blocks_type1 ? "Type I and II" : "Type II";
}

std::string services_cell(const std::vector<const std::string*>& services,
                          const std::map<std::string, std::string>& pages) {
  std::vector<std::string> links;
  for (std::size_t i = 0; i < services.size() && i < owner_row_services_named; ++i) {
    const auto page = pages.find(*services[i]);
    links.push_back(page == pages.end()
                        ? md_cell(*services[i])
                        : fmt::format("[{}]({})", md_cell(*services[i]), page->second));
  }
  std::string out = fmt::format("{}", fmt::join(links, ", "));
  if (services.size() > links.size())
    out += fmt::format(" and {} more", services.size() - links.size());
  return out;
}

void owner_section(std::string& out, const OwnerWork& work,
                   const std::map<std::string, std::string>& pages) {
  MarkdownTable table(
      {{"Services"}, {"Report"}, {"Requirement"}, {"Why"}, {"Blocks"}, {"Controls"}, {"Due"}});
  for (const OwnerRow& row : work.rows) {
    const WorkItem* w = row.first;
    const std::string report = w->framework
                                   ? fmt::format("{} Type {}", label(*w->framework), w->types)
                                   : std::string(none);
    std::string requirement = w->requirement.empty() ? "Evidence" : md_cell(w->requirement);
    if (!w->title.empty()) requirement.append(" ").append(md_cell(w->title));
    table.add_row({services_cell(row.services, pages), report, requirement,
                   md_cell(sentence_case(w->why)), blocks(*w), cell_list(row.controls),
                   w->due ? w->due->iso() : std::string(none)});
  }
  out += fmt::format("## {}\n\n", md_text(work.owner));
  table.render_to(out);
  out += '\n';
}

}  // namespace

std::string render_owners(const ReportInput& input) {
  return render_owners(input, service_lists(input.services, input.as_of));
}

std::string render_owners(const ReportInput& input, const std::vector<ServiceLists>& lists) {
  const auto items = open_work(input.services, lists);
  const auto owners = work_by_owner(items);
  std::map<std::string, std::string> pages;
  const auto paths = service_file_paths(input.services);
  for (std::size_t i = 0; i < input.services.size(); ++i)
    pages.emplace(input.services[i].service, paths[i]);

  std::string out = preliminary_notice(input);
  out += fmt::format("# Open work by owner, {} (as of {})\n\n", md_text(input.period),
                     input.as_of.iso());
  out += fmt::format(
      "[Back to the portfolio](README.md)\n\n"
      "Every gap of a report that applies and every control whose evidence goes stale in {}, "
      "listed under each owner of the controls involved, most urgent first: blockers, then gaps "
      "by score, then evidence by the date it runs out. The same work for several services is "
      "one row, with the owner's own controls. A requirement that no control addresses "
      "has no owner yet. `socready gaps --owner NAME` lists the same work service by service.\n\n",
      md_text(Quarter::containing(input.as_of).next().label()));
  if (owners.empty()) return out + "No open work.\n" + footer(input);
  MarkdownTable summary({{"Owner"},
                         {"Open items", Align::right},
                         {"Blockers", Align::right},
                         {"Expiring evidence", Align::right}});
  for (const auto& work : owners) {
    int blockers = 0, expiring = 0;
    for (const WorkItem* w : work.items) {
      blockers += w->blocker ? 1 : 0;
      expiring += w->kind == WorkItem::Kind::expiring_evidence ? 1 : 0;
    }
    summary.add_row({md_cell(work.owner), std::to_string(work.items.size()),
                     std::to_string(blockers), std::to_string(expiring)});
  }
  out += summary.render() + "\n";
  for (const auto& work : owners) owner_section(out, work, pages);
  while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
  out += footer(input);
  return out;
}

}  // namespace socready::report
