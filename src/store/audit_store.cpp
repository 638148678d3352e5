#include "store/audit_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "store/control_store.hpp"
#include "store/revision_store.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

namespace {

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

}  // namespace

std::vector<AuditEvent> load_audit_trail(Database& db, const AuditFilter& filter) {
  std::map<std::int64_t, Revision> revisions;
  for (auto& r : load_revisions(db)) revisions.emplace(r.id, std::move(r));
  std::vector<AuditEvent> events;
  auto event = [&](std::int64_t revision, std::string entity, std::string key, std::string action) {
    AuditEvent e;
    e.revision_id = revision;
    if (auto it = revisions.find(revision); it != revisions.end()) {
      e.imported_at = it->second.imported_at;
      e.source = it->second.source;
      e.command = it->second.command;
      e.effective = it->second.effective_on;
    }
    e.entity = std::move(entity);
    e.key = std::move(key);
    e.action = std::move(action);
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
    auto e = event(l.revision_id, "control", l.version.key,
                   first ? "added" : (corrected_prev ? "corrected" : "changed"));
    e.changes = diff(first ? std::vector<std::pair<std::string, std::string>>{}
                           : fields_of(versions[i - 1].version),
                     fields_of(l.version));
    if (!first && versions[i - 1].closed_by != l.revision_id) e.action = "reinstated";
    events.push_back(std::move(e));
    if (l.closed_by && (last || versions[i + 1].revision_id != l.closed_by)) {
      auto r = event(l.closed_by, "control", l.version.key, "retired");
      r.detail = fmt::format("no longer valid from {}", l.version.valid_to->iso());
      events.push_back(std::move(r));
    }
  }

  guard_sql(db.path(), [&] {
    if (!filter.control) {
      SQLite::Statement services(db.sql(),
                                 "SELECT revision_id, service, action, coalesce(before, ''), after "
                                 "FROM service_change ORDER BY id");
      while (services.executeStep()) {
        const auto slug = services.getColumn(1).getString();
        if (filter.service && slug != *filter.service) continue;
        auto e = event(services.getColumn(0).getInt64(), "service", slug,
                       services.getColumn(2).getString());
        e.changes = diff(json_fields(services.getColumn(3).getString()),
                         json_fields(services.getColumn(4).getString()));
        events.push_back(std::move(e));
      }
    }
    // The catalog's objectives belong to no control or service.
    if (!filter.control && !filter.service) {
      SQLite::Statement objectives(db.sql(),
                                   "SELECT revision_id, objective, action, coalesce(before, ''), "
                                   "after FROM objective_change ORDER BY id");
      while (objectives.executeStep()) {
        auto e = event(objectives.getColumn(0).getInt64(), "objective",
                       objectives.getColumn(1).getString(), objectives.getColumn(2).getString());
        e.changes = diff(json_fields(objectives.getColumn(3).getString()),
                         json_fields(objectives.getColumn(4).getString()));
        events.push_back(std::move(e));
      }
    }
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
        auto e = event(records.getColumn(0).getInt64(), records.getColumn(2).getString(),
                       records.getColumn(1).getString(), "added");
        e.detail = records.getColumn(3).getString() + ": " + records.getColumn(4).getString();
        events.push_back(std::move(e));
      }
    }
  });

  if (filter.since)
    std::erase_if(events, [&](const AuditEvent& e) {
      return e.imported_at.substr(0, 10) < filter.since->iso();
    });
  // Order of making: by import, then services before controls before records, then key.
  auto rank = [](const std::string& entity) {
    return entity == "service"    ? 0
           : entity == "control"  ? 1
           : entity == "evidence" ? 2
           : entity == "test"     ? 3
                                  : 4;
  };
  std::stable_sort(events.begin(), events.end(), [&](const AuditEvent& a, const AuditEvent& b) {
    return std::tuple(a.revision_id, rank(a.entity), a.key) <
           std::tuple(b.revision_id, rank(b.entity), b.key);
  });
  return events;
}

}  // namespace socready::store
