#include "store/audit_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/text.hpp"
#include "store/control_store.hpp"
#include "store/read_back.hpp"
#include "store/revision_store.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

namespace {

constexpr EnumText<AuditEntity::system> entity_names{"objective", "service",    "control",
                                                     "evidence",  "test",       "population",
                                                     "cuec",      "subservice", "system"};
constexpr EnumText<AuditAction::retired> action_names{"added", "changed", "corrected", "reinstated",
                                                      "retired"};

// A version's fields as name/value text, in a fixed order, for field-by-field differences.
std::vector<std::pair<std::string, std::string>> fields_of(const ControlVersion& v) {
  return {{"title", v.title},
          {"description", v.description},
          {"owner", v.owner},
          {"services", v.all_services ? "*" : fmt::format("{}", fmt::join(v.services, ";"))},
          {"requirements", fmt::format("{}", fmt::join(v.requirements, ";"))},
          {"status", std::string(name(v.status))},
          {"frequency", v.frequency ? std::string(name(*v.frequency)) : ""},
          {"implemented_on", v.implemented_on ? v.implemented_on->iso() : ""}};
}

std::vector<AuditChange> diff(const std::vector<std::pair<std::string, std::string>>& before,
                              const std::vector<std::pair<std::string, std::string>>& after) {
  std::vector<AuditChange> out;
  for (std::size_t i = 0; i < after.size(); ++i) {
    const std::string old = i < before.size() ? before[i].second : "";
    if (old != after[i].second) out.push_back({after[i].first, old, after[i].second});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> json_fields(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  if (text.empty()) return out;
  const auto j = nlohmann::ordered_json::parse(text);
  for (const auto& [k, v] : j.items()) {
    std::string value;
    if (v.is_null())
      value = "";
    else if (v.is_string())
      value = v.get<std::string>();
    else if (v.is_boolean())
      value = v.get<bool>() ? "yes" : "no";
    else if (v.is_array()) {
      std::vector<std::string> items;
      for (const auto& x : v) items.push_back(x.get<std::string>());
      value = fmt::format("{}", fmt::join(items, ";"));
    } else
      value = v.dump();
    out.emplace_back(k, value);
  }
  return out;
}

bool covers(const ControlVersion& v, const std::string& service) {
  return v.all_services ||
         std::find(v.services.begin(), v.services.end(), service) != v.services.end();
}

bool lists_service(const std::string& services, const std::string& slug) {
  if (services == "*") return true;
  std::string_view rest = services;
  while (!rest.empty()) {
    const auto end = rest.find(';');
    if (rest.substr(0, end) == slug) return true;
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return false;
}

// One row of a version table: its bookkeeping and its content columns as text.
struct VersionRow {
  std::int64_t revision_id = 0;
  std::optional<std::int64_t> closed_by;
  std::string key;
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::vector<std::pair<std::string, std::string>> fields;  // content columns, in table order
  bool lists_filtered_service = true;
};

// The events of a version table (cuec_version, subservice_version, system_version): every version
// is an addition, a change, a correction (the previous version closed the day it began) or a
// reinstatement; a version closed with no successor from the same import is a retirement. Read
// column by column, so a column added by a later migration shows in the trail without code here.
// Services keep their additions and changes, field by field, in service_change: from
// service_version only their retirements are taken (`retirements_only`).
template <typename MakeEvent>
void append_version_events(Database& db, std::string_view table, AuditEntity entity,
                           const AuditFilter& filter, const MakeEvent& event,
                           std::vector<AuditEvent>& events, bool retirements_only = false) {
  if (filter.control) return;
  static constexpr std::array<std::string_view, 6> bookkeeping{
      "id", "key", "valid_from", "valid_to", "revision_id", "closed_by"};
  std::vector<VersionRow> rows;
  guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), fmt::format("SELECT * FROM {} ORDER BY key, id", table));
    while (q.executeStep()) {
      VersionRow row;
      for (int i = 0; i < q.getColumnCount(); ++i) {
        const std::string column = q.getColumnName(i);
        const auto value = q.getColumn(i);
        if (column == "revision_id")
          row.revision_id = value.getInt64();
        else if (column == "closed_by" && !value.isNull())
          row.closed_by = value.getInt64();
        else if (column == "key") {
          row.key = value.getString();
          if (entity == AuditEntity::service && filter.service)
            row.lists_filtered_service = row.key == *filter.service;
        } else if (column == "valid_from")
          row.valid_from = value.getString();
        else if (column == "valid_to" && !value.isNull())
          row.valid_to = value.getString();
        else if (std::find(bookkeeping.begin(), bookkeeping.end(), column) == bookkeeping.end())
          row.fields.emplace_back(column, value.isNull() ? "" : value.getString());
        if (column == "services" && filter.service)
          row.lists_filtered_service = lists_service(value.getString(), *filter.service);
      }
      rows.push_back(std::move(row));
    }
  });
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const VersionRow* before = i > 0 && rows[i - 1].key == row.key ? &rows[i - 1] : nullptr;
    const bool last = i + 1 == rows.size() || rows[i + 1].key != row.key;
    if (!row.lists_filtered_service && !(before && before->lists_filtered_service)) continue;
    auto action = AuditAction::added;
    if (before)
      action = before->valid_to == before->valid_from ? AuditAction::corrected
               : before->closed_by != row.revision_id ? AuditAction::reinstated
                                                      : AuditAction::changed;
    if (!retirements_only) {
      auto e = event(row.revision_id, entity, row.key, action);
      e.changes = diff(before ? before->fields : std::vector<std::pair<std::string, std::string>>{},
                       row.fields);
      events.push_back(std::move(e));
    }
    if (row.closed_by && row.valid_to && (last || rows[i + 1].revision_id != *row.closed_by)) {
      auto r = event(*row.closed_by, entity, row.key, AuditAction::retired);
      r.detail = fmt::format("no longer valid from {}", *row.valid_to);
      events.push_back(std::move(r));
    }
  }
}

}  // namespace

std::vector<AuditEvent> load_audit_trail(Database& db, const AuditFilter& filter) {
  std::map<std::int64_t, Revision> revisions;
  for (auto& r : load_revisions(db)) revisions.emplace(r.id, std::move(r));
  std::vector<AuditEvent> events;
  auto event = [&](std::int64_t revision, AuditEntity entity, std::string key, AuditAction action) {
    AuditEvent e;
    e.revision_id = revision;
    if (auto it = revisions.find(revision); it != revisions.end()) {
      e.imported_at = it->second.imported_at;
      e.source = it->second.source;
      e.command = it->second.command;
      e.effective = it->second.effective_on;
    }
    e.entity = entity;
    e.key = std::move(key);
    e.action = action;
    return e;
  };

  // Controls: each version is an addition or a change; a closed version with no successor from
  // the same import is a retirement.
  const auto versions = load_all_versions(db);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const auto& l = versions[i];
    const bool first = i == 0 || versions[i - 1].control_id != l.control_id;
    const bool last = i + 1 == versions.size() || versions[i + 1].control_id != l.control_id;
    if (filter.control && l.version.key != *filter.control) continue;
    if (filter.service && !covers(l.version, *filter.service) &&
        (first || !covers(versions[i - 1].version, *filter.service)))
      continue;
    const bool corrected_prev =
        !first && versions[i - 1].version.valid_to &&
        *versions[i - 1].version.valid_to == versions[i - 1].version.valid_from;
    auto e = event(l.revision_id, AuditEntity::control, l.version.key,
                   first            ? AuditAction::added
                   : corrected_prev ? AuditAction::corrected
                                    : AuditAction::changed);
    e.changes = diff(first ? std::vector<std::pair<std::string, std::string>>{}
                           : fields_of(versions[i - 1].version),
                     fields_of(l.version));
    if (!first && versions[i - 1].closed_by != l.revision_id) e.action = AuditAction::reinstated;
    events.push_back(std::move(e));
    if (l.closed_by && (last || versions[i + 1].revision_id != l.closed_by)) {
      auto r = event(l.closed_by, AuditEntity::control, l.version.key, AuditAction::retired);
      r.detail = fmt::format("no longer valid from {}", l.version.valid_to->iso());
      events.push_back(std::move(r));
    }
  }

  guard_sql(db.path(), [&] {
    // Services and the catalog's objectives keep their changes as before/after JSON rows. An
    // objective belongs to no control or service.
    auto changes = [&](std::string_view table, std::string_view key_column, AuditEntity entity) {
      SQLite::Statement rows(db.sql(),
                             fmt::format("SELECT revision_id, {}, action, "
                                         "coalesce(before, ''), after FROM {} ORDER BY id",
                                         key_column, table));
      while (rows.executeStep()) {
        auto key = rows.getColumn(1).getString();
        if (entity == AuditEntity::service && filter.service && key != *filter.service) continue;
        const auto revision = rows.getColumn(0).getInt64();
        auto e = event(
            revision, entity, std::move(key),
            parse_column(
                db.path(), rows, 2, table, [](std::string_view t) { return action_names.find(t); },
                [&] { return fmt::format("of revision {}", revision); }));
        e.changes = diff(json_fields(rows.getColumn(3).getString()),
                         json_fields(rows.getColumn(4).getString()));
        events.push_back(std::move(e));
      }
    };
    if (!filter.control) changes("service_change", "service", AuditEntity::service);
    if (!filter.control && !filter.service)
      changes("objective_change", "objective", AuditEntity::objective);
    if (!filter.service) {
      SQLite::Statement records(db.sql(), R"sql(
        SELECT e.revision_id, c.key, 'evidence', e.collected_on,
               e.description || CASE WHEN e.location = '' THEN '' ELSE ' (' || e.location || ')' END
        FROM evidence e JOIN control c ON c.id = e.control_id
        WHERE :control IS NULL OR c.key = :control
        UNION ALL
        SELECT t.revision_id, c.key, 'test', t.tested_on,
               t.result || CASE WHEN t.tester = '' THEN '' ELSE ' by ' || t.tester END ||
               CASE WHEN t.notes = '' THEN '' ELSE ': ' || t.notes END
        FROM control_test t JOIN control c ON c.id = t.control_id
        WHERE :control IS NULL OR c.key = :control
        UNION ALL
        SELECT p.revision_id, c.key, 'population', p.period_start || ' to ' || p.period_end,
               p.count || CASE WHEN p.count = 1 THEN ' instance' ELSE ' instances' END
        FROM population p JOIN control c ON c.id = p.control_id
        WHERE :control IS NULL OR c.key = :control)sql");
      if (filter.control) records.bind(":control", *filter.control);
      while (records.executeStep()) {
        auto e = event(records.getColumn(0).getInt64(),
                       *entity_names.find(records.getColumn(2).getString()),  // our own SQL
                       records.getColumn(1).getString(), AuditAction::added);
        e.detail = records.getColumn(3).getString() + ": " + records.getColumn(4).getString();
        events.push_back(std::move(e));
      }
    }
  });
  for (const auto& [table, entity] : {std::pair{"cuec_version", AuditEntity::cuec},
                                      std::pair{"subservice_version", AuditEntity::subservice},
                                      std::pair{"system_version", AuditEntity::system}})
    append_version_events(db, table, entity, filter, event, events);
  append_version_events(db, "service_version", AuditEntity::service, filter, event, events,
                        /*retirements_only=*/true);

  if (filter.since)
    std::erase_if(events, [&](const AuditEvent& e) {
      return e.imported_at.substr(0, 10) < filter.since->iso();
    });
  // Order of making: by import, then in the entities' order (services before controls before
  // records), then key.
  std::stable_sort(events.begin(), events.end(), [&](const AuditEvent& a, const AuditEvent& b) {
    return std::tuple(a.revision_id, a.entity, a.key) < std::tuple(b.revision_id, b.entity, b.key);
  });
  return events;
}

std::string_view name(AuditEntity e) { return entity_names.name(e); }
std::string_view name(AuditAction a) { return action_names.name(a); }

}  // namespace socready::store
