#include "import/capability_importer.hpp"

#include <fmt/format.h>

#include <map>

#include "import/capability_spec.hpp"
#include "import/import_run.hpp"
#include "import/table.hpp"
#include "store/capability_store.hpp"
#include "store/revision_store.hpp"

namespace socready::import {

namespace {

// Read and plan: every row read into a Capability; a name listed twice is a problem.
std::vector<Capability> plan_capabilities(Table<capability_columns>& table,
                                          const ReadContext& context, Problems& problems) {
  std::map<std::string, std::size_t, std::less<>> seen;  // name -> line
  std::vector<Capability> plan;
  while (table.next()) {
    Findings findings;
    Capability c;
    if (!read_capability(table.cells(), context, c, findings)) {
      table.report(findings);
      continue;
    }
    if (auto [it, fresh] = seen.emplace(c.name, table.line()); !fresh) {
      problems.add(table.where(0),
                   fmt::format("capability: {} is already listed on line {}", c.name, it->second));
      continue;
    }
    table.report(findings);
    plan.push_back(std::move(c));
  }
  return plan;
}

}  // namespace

ImportSummary import_capabilities(store::Database& db, const Source& source,
                                  const ImportOptions& options) {
  return run_import(db, Entity::capabilities, source, options, [&](ImportRun& run) {
    std::map<std::string, Capability, std::less<>> existing;
    for (auto& c : store::load_capabilities(db)) existing.emplace(c.name, std::move(c));
    Table<capability_columns> table(source.in, source.name, source.size_bytes, capability_spec,
                                    run.problems);
    const ReadContext context{nullptr, options.today};
    const auto plan = plan_capabilities(table, context, run.problems);
    run.summary.rows = table.rows();
    if (run.problems.any()) return false;
    auto& summary = run.summary;
    const auto revision = store::begin_revision(db, std::string(name(Entity::capabilities)),
                                                summary.file, options.effective, options.command);
    for (const auto& c : plan) {
      const auto before = existing.find(c.name);
      if (before == existing.end()) {
        ++summary.added;
      } else if (before->second == c) {
        ++summary.unchanged;
        continue;
      } else {
        ++summary.changed;
      }
      store::save_capability(db, c);
    }
    store::finish_revision(db, revision, {summary.added, summary.changed, summary.unchanged, 0, 0});
    return !options.dry_run;
  });
}

}  // namespace socready::import
