#pragma once
// Read, plan and apply of an entity kept as versions by `--effective`, like controls but without
// their evidence (CUECs, subservice organisations): a changed row gets a new version valid from
// the effective date, `--replace` retires the rows missing from the file, and a change dated
// before a row's latest version is refused, since it would rewrite history.
//
// The entity declares itself once (`VersionedEntity`): its spec and read stage, the field a
// changed row may leave blank, and its store's `VersionTable`; the Record has a `key` (a service:
// its `slug`), a `valid_from` and `same_content()`.

#include <fmt/format.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "import/import_options.hpp"
#include "import/import_run.hpp"
#include "import/keyed_rows.hpp"
#include "import/lookups.hpp"
#include "import/table.hpp"
#include "store/version_table.hpp"

namespace socready::import {

// A field every version needs (a CUEC's description, a vendor's name): left blank, a row keeps the
// current version's, and a new row without it is a finding ("name: a new vendor (V1) needs a
// name").
template <typename Record>
struct KeptWhenBlank {
  std::string Record::*field;
  std::string_view header;  // of its spec column
  std::string_view what;    // the entity in the finding: "vendor"
  // Services list the finding before the row's other problems, as they always have.
  bool listed_first = false;
};

template <typename Record, std::size_t N>
struct VersionedEntity {
  Entity kind;
  const Spec<Record, N>& spec;
  ReadRow<Record> read;
  KeptWhenBlank<Record> kept;
  const store::VersionTable<Record>& versions;
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

using store::key_of;

// The day of a row's latest change: a new version, or its retirement.
template <typename Record>
Date latest_change(const store::StoredVersion<Record>& s) {
  return s.valid_to ? std::max(s.record.valid_from, *s.valid_to) : s.record.valid_from;
}

template <typename Record, std::size_t N>
void fill_blank(const VersionedEntity<Record, N>& entity, Record& r, const Record* current,
                Findings& findings) {
  const auto& kept = entity.kept;
  if (!(r.*kept.field).empty()) return;
  if (current) {
    r.*kept.field = current->*kept.field;
    return;
  }
  Finding f{
      column_of(entity.spec, kept.header),
      fmt::format("{}: a new {} ({}) needs a {}", kept.header, kept.what, key_of(r), kept.header)};
  findings.insert(kept.listed_first ? findings.begin() : findings.end(), std::move(f));
}

template <typename Record, std::size_t N>
std::optional<Decision> decide(const VersionedEntity<Record, N>& entity, Record& r,
                               const store::StoredVersion<Record>* before, Date effective,
                               Findings& findings) {
  fill_blank(entity, r, before && !before->valid_to ? &before->record : nullptr, findings);
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
  KeyLines keys;
  std::vector<Planned<Record>> out;
  while (table.next()) {
    Findings findings;
    Planned<Record> p;
    p.line = table.line();
    if (!table.read(entity.read, context, p.record, findings) ||
        !keys.first(table, key_of(p.record), problems))
      continue;
    p.before = find_or_null(on_file, key_of(p.record));
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
  const auto revision = begin_revision(db, run, options);
  for (const auto& p : plan) {
    if (p.decision == Decision::keep) {
      ++s.unchanged;
      continue;
    }
    run.line = p.line;
    // A same-day correction closes the day's version at its own start: on record, never valid.
    if (p.before && !p.before->valid_to)
      entity.versions.close(db, p.before->version_id, options.effective, revision);
    entity.versions.add(db, p.record, revision);
    if (entity.record_change)
      entity.record_change(db, p.before ? &p.before->record : nullptr, p.record, revision);
    ++(p.decision == Decision::add ? s.added : s.changed);
  }
  run.line = 0;
  for (const auto* r : retire)
    entity.versions.close(db, r->version_id, options.effective, revision);
  s.retired = static_cast<std::int64_t>(retire.size());
  finish_revision(db, revision, s);
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
    for (auto& v : entity.versions.latest(db))
      on_file.emplace(versioned::key_of(v.record), std::move(v));
    Table<N> table(source, entity.spec, run.problems);
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
