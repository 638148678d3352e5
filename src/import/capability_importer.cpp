#include "import/capability_importer.hpp"

#include <map>

#include "import/capability_spec.hpp"
#include "import/import_run.hpp"
#include "import/keyed_rows.hpp"
#include "import/table.hpp"
#include "store/capability_store.hpp"

namespace socready::import {

namespace {

// Read and plan: every row read into a Capability; a name listed twice is a problem.
std::vector<Capability> plan_capabilities(Table<capability_columns>& table,
                                          const ReadContext& context, Problems& problems) {
  KeyLines names;
  std::vector<Capability> plan;
  while (table.next()) {
    Findings findings;
    Capability c;
    if (!table.read(read_capability, context, c, findings) || !names.first(table, c.name, problems))
      continue;
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
    Table<capability_columns> table(source, capability_spec, run.problems);
    const ReadContext context{nullptr, options.today};
    const auto plan = plan_capabilities(table, context, run.problems);
    run.summary.rows = table.rows();
    return apply_changes(
        db, run, options, plan, existing, [](const Capability& c) { return c.name; },
        [&](const Capability& c, const Capability*, std::int64_t) {
          store::save_capability(db, c);
        });
  });
}

}  // namespace socready::import
