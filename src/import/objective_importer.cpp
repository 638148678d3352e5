#include "import/objective_importer.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "import/import_run.hpp"
#include "import/keyed_rows.hpp"
#include "import/lookups.hpp"
#include "import/objective_spec.hpp"
#include "import/table.hpp"
#include "store/catalog_store.hpp"
#include "store/objective_store.hpp"

namespace socready::import {

namespace {

constexpr std::size_t title_column = 1;
constexpr std::size_t series_column = 2;

// What is on file: every SOC 1 objective as the catalog has it now, with the user's criteria,
// and the series that belong to SOC 2 (an objective cannot join them).
struct OnFile {
  std::map<std::string, UserObjective, std::less<>> objectives;
  std::set<std::string, std::less<>> soc2_series;

  static OnFile load(store::Database& db) {
    OnFile f;
    for (const auto& r : store::load_catalog(db)) {
      if (r.framework == Framework::soc2)
        f.soc2_series.insert(r.series);
      else
        f.objectives.emplace(r.code, UserObjective{r.code, r.title, r.series, r.is_default, {}});
    }
    for (auto& o : store::load_user_objectives(db))
      f.objectives.at(o.code).criteria = std::move(o.criteria);
    return f;
  }
};

// A blank cell keeps what is on file; a new objective must say its wording and series, and is
// not a default unless the file says so. Problems go to `table`'s file.
bool fill_blanks(UserObjective& o, const UserObjective* current, const Table<objective_columns>& t,
                 Problems& problems) {
  if (current) {
    if (o.title.empty()) o.title = current->title;
    if (o.series.empty()) o.series = current->series;
    if (!o.is_default) o.is_default = current->is_default;
    if (o.criteria.empty()) o.criteria = current->criteria;
    return true;
  }
  bool ok = true;
  if (o.title.empty()) {
    problems.add(t.where(title_column),
                 fmt::format("title: {} is a new objective; give its wording", o.code));
    ok = false;
  }
  if (o.series.empty()) {
    problems.add(t.where(series_column),
                 fmt::format("series: {} is a new objective; name its series: ITGC, BP or a name "
                             "of yours",
                             o.code));
    ok = false;
  }
  if (!o.is_default) o.is_default = false;
  return ok;
}

// Read and plan: every row read, its blanks filled; an objective listed twice or joined to a
// SOC 2 series is a problem.
std::vector<UserObjective> plan_objectives(Table<objective_columns>& table,
                                           const ReadContext& context, const OnFile& on_file,
                                           Problems& problems) {
  KeyLines codes;
  std::vector<UserObjective> plan;
  while (table.next()) {
    Findings findings;
    UserObjective o;
    if (!table.read(read_objective, context, o, findings)) continue;
    table.report(findings);
    if (!codes.first(table, o.code, problems)) continue;
    if (on_file.soc2_series.contains(o.series)) {
      problems.add(table.where(series_column),
                   fmt::format("series: {} is a series of Trust Services Criteria; expected ITGC, "
                               "BP or a name of yours",
                               o.series));
      continue;
    }
    if (!fill_blanks(o, find_or_null(on_file.objectives, o.code), table, problems) ||
        !findings.empty())
      continue;
    plan.push_back(std::move(o));
  }
  return plan;
}

}  // namespace

ImportSummary import_objectives(store::Database& db, const Source& source,
                                const ImportOptions& options) {
  return run_import(db, Entity::objectives, source, options, [&](ImportRun& run) {
    const auto on_file = OnFile::load(db);
    const auto lookups = Lookups::load(db);
    Table<objective_columns> table(source, objective_spec, run.problems);
    const ReadContext context{&lookups, options.today};
    const auto plan = plan_objectives(table, context, on_file, run.problems);
    run.summary.rows = table.rows();
    return apply_changes(
        db, run, options, plan, on_file.objectives, [](const UserObjective& o) { return o.code; },
        [&](const UserObjective& o, const UserObjective* before, std::int64_t revision) {
          store::save_objective(db, o, revision, before);
        });
  });
}

}  // namespace socready::import
