#include "import/service_importer.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "import/import_run.hpp"
#include "import/lookups.hpp"
#include "import/service_spec.hpp"
#include "import/table.hpp"
#include "import/vocabulary.hpp"
#include "store/revision_store.hpp"
#include "store/service_store.hpp"

namespace socready::import {

namespace {

using ServicesOnFile = std::map<std::string, Service, std::less<>>;

// A service of the file, and what is on file for it (null when it is new).
struct PlannedService {
  Service service;
  const Service* before = nullptr;
  std::size_t line = 0;
};

ServicesOnFile services_on_file(store::Database& db) {
  ServicesOnFile out;
  for (auto& s : store::load_services(db)) out.emplace(s.slug, std::move(s));
  return out;
}

// Read and plan: every row read into a Service, each compared with what is on file. A blank
// name keeps the one on file; a new service needs one.
std::vector<PlannedService> plan_services(Table<service_columns>& table, const ReadContext& context,
                                          const ServicesOnFile& existing, Problems& problems) {
  std::map<std::string, std::size_t, std::less<>> seen;  // slug -> line
  std::vector<PlannedService> plan;
  while (table.next()) {
    Findings findings;
    PlannedService p;
    p.line = table.line();
    auto& s = p.service;
    if (!read_service(table.cells(), context, s, findings)) {
      table.report(findings);
      continue;
    }
    if (auto [it, fresh] = seen.emplace(s.slug, table.line()); !fresh) {
      problems.add(table.where(0),
                   fmt::format("service: {} is already listed on line {}", s.slug, it->second));
      continue;
    }
    if (const auto old = existing.find(s.slug); old != existing.end()) p.before = &old->second;
    if (s.name.empty() && p.before)
      s.name = p.before->name;
    else if (s.name.empty())
      findings.insert(
          findings.begin(),
          {service_name_column, fmt::format("name: a new service ({}) needs a name", s.slug)});
    table.report(findings);
    plan.push_back(std::move(p));
  }
  return plan;
}

// Apply: writes added and changed services with their audit entries, creating the product lines
// they name.
void apply_services(store::Database& db, ImportRun& run, const std::vector<PlannedService>& plan,
                    const ImportOptions& options) {
  auto& summary = run.summary;
  const auto revision = store::begin_revision(db, std::string(name(Entity::services)), summary.file,
                                              options.effective, options.command);
  const auto objective_ids = store::requirement_ids(db);
  std::set<std::string> lines_before;
  for (const auto& pl : store::load_product_lines(db)) lines_before.insert(pl.name);
  for (const auto& [s, before, line] : plan) {
    run.line = line;
    std::int64_t line_id = 0;
    if (!s.product_line.empty()) {
      const ProductLine pl{slugify(s.product_line), s.product_line};
      if (lines_before.insert(pl.name).second) ++summary.product_lines_added;
      line_id = store::ensure_product_line(db, pl);
    }
    if (!before) {
      ++summary.added;
    } else if (*before == s) {
      ++summary.unchanged;
      continue;
    } else {
      ++summary.changed;
    }
    store::save_service(db, s, line_id, objective_ids);
    store::record_service_change(db, revision, s.slug,
                                 before ? service_audit_json(*before) : std::string(),
                                 service_audit_json(s));
  }
  run.line = 0;
  store::finish_revision(db, revision, {summary.added, summary.changed, summary.unchanged, 0, 0});
}

}  // namespace

ImportSummary import_services(store::Database& db, const Source& source,
                              const ImportOptions& options) {
  return run_import(db, Entity::services, source, options, [&](ImportRun& run) {
    const Lookups lookups = Lookups::load(db);
    const ServicesOnFile existing = services_on_file(db);
    Table<service_columns> table(source.in, source.name, source.size_bytes, service_spec,
                                 run.problems);
    const ReadContext context{&lookups, options.today};
    const auto plan = plan_services(table, context, existing, run.problems);
    run.summary.rows = table.rows();
    if (run.problems.any()) return false;
    apply_services(db, run, plan, options);
    return !options.dry_run;
  });
}

}  // namespace socready::import
