#pragma once
// Read, plan and apply of an entity kept as versions by `--effective`, like controls but without
// their evidence (CUECs, subservice organisations): a changed row gets a new version valid from
// the effective date, `--replace` retires the rows missing from the file, and a change dated
// before a row's latest version is refused, since it would rewrite history.
//
// The entity declares itself once (`VersionedEntity`); the Record has a `key` (a service: its
// `slug`), a `valid_from` and `same_content()`.

#include <fmt/format.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "import/import_options.hpp"
#include "import/import_run.hpp"
#include "import/lookups.hpp"
#include "import/table.hpp"
#include "store/revision_store.hpp"
#include "store/stored_version.hpp"

namespace socready::import {

template <typename Record, std::size_t N>
struct VersionedEntity {
  Entity kind;
  const Spec<Record, N>& spec;
  // The read stage; false when the key is unusable and the rest was not read.
  bool (*read)(std::span<const std::string_view>, const ReadContext&, Record&, Findings&);
  // A blank required field (a CUEC's description, a vendor's name) keeps the current version's;
  // a new row without it is a finding.
  void (*fill_blanks)(Record& r, const Record* current, Findings& findings);
  std::vector<store::StoredVersion<Record>> (*load_latest)(store::Database&);
  void (*add_version)(store::Database&, const Record&, std::int64_t revision);
  void (*close_version)(store::Database&, std::int64_t version_id, Date valid_to,
                        std::int64_t revision);
  // For an entity that keeps an audit trail beside its versions (services, whose `log` shows
  // each change's before and after): called for each added or changed row, `before` null when
  // the row is new.
  void (*record_change)(store::Database&, const Record* before, const Record& after,
                        std::int64_t revision) = nullptr;
};

namespace versioned {

enum class Decision { add, change, keep };

template <typename Record>
struct Planned {
  Record record;
  Decision decision = Decision::add;
  const store::StoredVersion<Record>* before = nullptr;
  std::size_t line = 0;  // of the file, for a database error while it is applied
};

template <typename Record>
using OnFile = std::map<std::string, store::StoredVersion<Record>, std::less<>>;

std::string rewrites_history(std::string_view key, Date latest, Date effective);

// What a record is versioned by: its `key`, or a service's slug (which the whole program names
// it by).
template <typename Record>
const std::string& key_of(const Record& r) {
  if constexpr (requires { r.slug; })
    return r.slug;
  else
    return r.key;
}

// The day of a row's latest change: a new version, or its retirement.
template <typename Record>
Date latest_change(const store::StoredVersion<Record>& s) {
  return s.valid_to ? std::max(s.record.valid_from, *s.valid_to) : s.record.valid_from;
}

template <typename Record, std::size_t N>
std::optional<Decision> decide(const VersionedEntity<Record, N>& entity, Record& r,
                               const store::StoredVersion<Record>* before, Date effective,
                               Findings& findings) {
  entity.fill_blanks(r, before && !before->valid_to ? &before->record : nullptr, findings);
  if (!findings.empty()) return std::nullopt;
  r.valid_from = effective;
  if (!before) return Decision::add;
  if (!before->valid_to && before->record.same_content(r)) return Decision::keep;
  if (const Date latest = latest_change(*before); effective < latest) {
    findings.push_back({0, rewrites_history(key_of(r), latest, effective)});
    return std::nullopt;
  }
  return Decision::change;
}

template <typename Record, std::size_t N>
std::vector<Planned<Record>> plan(const VersionedEntity<Record, N>& entity, Table<N>& table,
                                  const ReadContext& context, const OnFile<Record>& on_file,
                                  Date effective, Problems& problems) {
  std::map<std::string, std::size_t, std::less<>> seen;  // key -> line
  std::vector<Planned<Record>> out;
  while (table.next()) {
    Findings findings;
    Planned<Record> p;
    p.line = table.line();
    if (!entity.read(table.cells(), context, p.record, findings)) {
      table.report(findings);
      continue;
    }
    if (auto [it, fresh] = seen.emplace(key_of(p.record), table.line()); !fresh) {
      problems.add(table.where(0),
                   fmt::format("{}: {} is already listed on line {}", entity.spec[0].header,
                               key_of(p.record), it->second));
      continue;
    }
    if (const auto old = on_file.find(key_of(p.record)); old != on_file.end())
      p.before = &old->second;
    const auto decision = decide(entity, p.record, p.before, effective, findings);
    table.report(findings);
    if (decision) {
      p.decision = *decision;
      out.push_back(std::move(p));
    }
  }
  return out;
}

// `--replace`: the current rows the file does not list, each checked against back-dating.
template <typename Record>
std::vector<const store::StoredVersion<Record>*> plan_retirements(
    const OnFile<Record>& on_file, const std::vector<Planned<Record>>& plan, Date effective,
    const std::string& file, Problems& problems) {
  std::set<std::string, std::less<>> listed;
  for (const auto& p : plan) listed.insert(key_of(p.record));
  std::vector<const store::StoredVersion<Record>*> out;
  for (const auto& [key, s] : on_file) {
    if (s.valid_to || listed.count(key)) continue;
    if (effective < s.record.valid_from)
      problems.add(Location{file, 0, 0},
                   "--replace: " + rewrites_history(key, s.record.valid_from, effective));
    else
      out.push_back(&s);
  }
  return out;
}

template <typename Record, std::size_t N>
void apply(const VersionedEntity<Record, N>& entity, store::Database& db, ImportRun& run,
           const std::vector<Planned<Record>>& plan,
           const std::vector<const store::StoredVersion<Record>*>& retire,
           const ImportOptions& options) {
  auto& s = run.summary;
  const auto revision = store::begin_revision(db, std::string(name(entity.kind)), s.file,
                                              options.effective, options.command);
  for (const auto& p : plan) {
    if (p.decision == Decision::keep) {
      ++s.unchanged;
      continue;
    }
    run.line = p.line;
    // A same-day correction closes the day's version at its own start: on record, never valid.
    if (p.before && !p.before->valid_to)
      entity.close_version(db, p.before->version_id, options.effective, revision);
    entity.add_version(db, p.record, revision);
    if (entity.record_change)
      entity.record_change(db, p.before ? &p.before->record : nullptr, p.record, revision);
    ++(p.decision == Decision::add ? s.added : s.changed);
  }
  run.line = 0;
  for (const auto* r : retire) entity.close_version(db, r->version_id, options.effective, revision);
  s.retired = static_cast<std::int64_t>(retire.size());
  store::finish_revision(db, revision, {s.added, s.changed, s.unchanged, s.retired, 0});
}

}  // namespace versioned

// `before_apply`, when set, runs once the file is known good, before any version is written
// (services create the product lines their versions link to).
template <typename Record, std::size_t N>
ImportSummary import_versioned(
    const VersionedEntity<Record, N>& entity, store::Database& db, const Source& source,
    const ImportOptions& options,
    // Not deduced from: a lambda converts to it.
    const std::type_identity_t<std::function<
        void(ImportRun&, const std::vector<versioned::Planned<Record>>&)>>& before_apply = {}) {
  return run_import(db, entity.kind, source, options, [&](ImportRun& run) {
    const Lookups lookups = Lookups::load(db);
    versioned::OnFile<Record> on_file;
    for (auto& v : entity.load_latest(db))
      on_file.emplace(versioned::key_of(v.record), std::move(v));
    Table<N> table(source.in, source.name, source.size_bytes, entity.spec, run.problems);
    const ReadContext context{&lookups, options.today};
    const auto plan =
        versioned::plan(entity, table, context, on_file, options.effective, run.problems);
    run.summary.rows = table.rows();
    std::vector<const store::StoredVersion<Record>*> retire;
    if (options.replace)
      retire =
          versioned::plan_retirements(on_file, plan, options.effective, source.name, run.problems);
    if (run.problems.any()) return false;
    if (before_apply) before_apply(run, plan);
    versioned::apply(entity, db, run, plan, retire, options);
    return !options.dry_run;
  });
}

}  // namespace socready::import
