#include "report/owners_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <optional>
#include <string_view>
#include <tuple>

#include "report/file_names.hpp"
#include "report/format.hpp"
#include "report/markdown.hpp"
#include "report/notice.hpp"
#include "report/open_work.hpp"
#include "report/table.hpp"

namespace socready::report {

namespace {

using Align = MarkdownTable::Align;

constexpr std::string_view no_owner = "No owner";
// A row names this many services and counts the rest: the service pages hold the detail.
constexpr std::size_t owner_row_services_named = 5;

std::string cell_list(const std::vector<std::string>& items) {
  if (items.empty()) return std::string(none);
  std::vector<std::string> cells;
  for (const auto& i : items) cells.push_back(md_cell(i));
  return fmt::format("{}", fmt::join(cells, ", "));
}

std::string blocks(const WorkItem& w) {
  if (!w.blocker) return std::string(none);
  return w.blocks_type1 ? "Type I and II" : "Type II";
}

// The owners in name order, "No owner" last; each with its items in open_work's order.
std::vector<std::pair<std::string, std::vector<const WorkItem*>>> by_owner(
    const std::vector<WorkItem>& items) {
  std::map<std::string, std::vector<const WorkItem*>> named;
  std::vector<const WorkItem*> unowned;
  for (const auto& w : items) {
    if (w.owners.empty()) unowned.push_back(&w);
    for (const auto& o : w.owners) named[o].push_back(&w);
  }
  std::vector<std::pair<std::string, std::vector<const WorkItem*>>> out(named.begin(), named.end());
  if (!unowned.empty()) out.emplace_back(std::string(no_owner), std::move(unowned));
  return out;
}

// The same work for several services is one row: under an owner, the items that differ only in
// their service (same requirement, report, reason, urgency and the owner's own controls). A
// portfolio's entity-level controls otherwise repeat one gap once per service.
struct Row {
  const WorkItem* first;
  std::vector<std::string> controls;  // the owner's among the item's
  std::vector<const std::string*> services;
};

std::vector<std::string> controls_of(const WorkItem& w, const std::string& owner) {
  // "No owner" lists the controls that have none (an unmapped requirement has no control).
  const std::string_view wanted = owner == no_owner ? std::string_view{} : owner;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < w.controls.size(); ++i)
    if (i < w.control_owners.size() && w.control_owners[i] == wanted) out.push_back(w.controls[i]);
  return out;
}

std::vector<Row> rows_of(const std::string& owner, const std::vector<const WorkItem*>& items) {
  std::vector<Row> rows;
  // Views into the items, which outlive the rows; only the owner's controls are joined anew.
  using Key =
      std::tuple<int, std::optional<Framework>, std::string_view, std::string_view,
                 std::string_view, std::string_view, bool, bool, std::optional<Date>, std::string>;
  std::map<Key, std::size_t> index;
  for (const WorkItem* w : items) {
    auto controls = controls_of(*w, owner);
    Key key{static_cast<int>(w->kind),
            w->framework,
            w->types,
            w->requirement,
            w->title,
            w->why,
            w->blocker,
            w->blocks_type1,
            w->due,
            fmt::format("{}", fmt::join(controls, "\x1f"))};
    auto [it, added] = index.try_emplace(std::move(key), rows.size());
    if (added) rows.push_back({w, std::move(controls), {}});
    rows[it->second].services.push_back(&w->service);
  }
  return rows;
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

std::string owner_section(const std::string& owner, const std::vector<const WorkItem*>& items,
                          const std::map<std::string, std::string>& pages) {
  MarkdownTable table(
      {{"Services"}, {"Report"}, {"Requirement"}, {"Why"}, {"Blocks"}, {"Controls"}, {"Due"}});
  for (const Row& row : rows_of(owner, items)) {
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
  return fmt::format("## {}\n\n", md_text(owner)) + table.render() + "\n";
}

}  // namespace

std::string render_owners(const ReportInput& input) {
  const auto items = open_work(input.services, input.as_of);
  const auto owners = by_owner(items);
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
  for (const auto& [owner, list] : owners) {
    int blockers = 0, expiring = 0;
    for (const WorkItem* w : list) {
      blockers += w->blocker ? 1 : 0;
      expiring += w->kind == WorkItem::Kind::expiring_evidence ? 1 : 0;
    }
    summary.add_row({md_cell(owner), std::to_string(list.size()), std::to_string(blockers),
                     std::to_string(expiring)});
  }
  out += summary.render() + "\n";
  for (const auto& [owner, list] : owners) out += owner_section(owner, list, pages);
  while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
  return out + footer(input);
}

}  // namespace socready::report
