#include "store/control_store.hpp"

#include <unordered_map>

#include "store/sql_error.hpp"

namespace socready::store {

namespace {

std::optional<Date> optional_date(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return Date::parse(c.getString());
}

void bind_optional(SQLite::Statement& s, const char* name, const std::optional<Date>& d) {
  if (d)
    s.bind(name, d->iso());
  else
    s.bind(name);
}

void bind_content(SQLite::Statement& s, std::int64_t revision_id, const VersionRow& v) {
  s.bind(":revision", revision_id);
  s.bind(":title", v.title);
  s.bind(":description", v.description);
  s.bind(":owner", v.owner);
  s.bind(":status", std::string(name(v.status)));
  if (v.frequency)
    s.bind(":frequency", std::string(name(*v.frequency)));
  else
    s.bind(":frequency");
  bind_optional(s, ":implemented_on", v.implemented_on);
  s.bind(":all_services", v.all_services ? 1 : 0);
  s.bind(":fingerprint", v.fingerprint);
}

void run(SQLite::Statement& s) {
  s.exec();
  s.reset();
  s.clearBindings();
}

}  // namespace

ControlWriter::ControlWriter(Database& db)
    : db_(db),
      find_(db.sql(), R"sql(
        SELECT c.id, v.id, v.revision_id, v.valid_from, v.valid_to, v.fingerprint, v.title
        FROM control c LEFT JOIN control_version v ON v.control_id = c.id
        WHERE c.key = :key ORDER BY v.valid_from DESC, v.id DESC LIMIT 1)sql"),
      find_id_(db.sql(), "SELECT id FROM control WHERE key = :key"),
      insert_control_(db.sql(), "INSERT INTO control (key) VALUES (:key)"),
      insert_version_(db.sql(), R"sql(
        INSERT INTO control_version (control_id, valid_from, revision_id, title, description, owner,
                                     status, frequency, implemented_on, all_services, fingerprint)
        VALUES (:control, :valid_from, :revision, :title, :description, :owner, :status,
                :frequency, :implemented_on, :all_services, :fingerprint))sql"),
      insert_service_link_(db.sql(),
                           "INSERT INTO control_version_service (version_id, service_id) "
                           "VALUES (:version, :service)"),
      insert_requirement_link_(db.sql(),
                               "INSERT INTO control_version_requirement (version_id, "
                               "requirement_id) VALUES (:version, :requirement)"),
      close_version_(db.sql(),
                     "UPDATE control_version SET valid_to = :valid_to, closed_by = :revision "
                     "WHERE id = :id"),
      insert_evidence_(db.sql(), R"sql(
        INSERT OR IGNORE INTO evidence (control_id, collected_on, description, location, revision_id)
        VALUES (:control, :date, :description, :location, :revision))sql"),
      insert_test_(db.sql(), R"sql(
        INSERT OR IGNORE INTO control_test (control_id, tested_on, result, tester, notes, revision_id)
        VALUES (:control, :date, :result, :tester, :notes, :revision))sql"),
      insert_evidence_if_none_(db.sql(), R"sql(
        INSERT INTO evidence (control_id, collected_on, description, location, revision_id)
        SELECT :control, :date, :description, '', :revision
        WHERE NOT EXISTS (SELECT 1 FROM evidence WHERE control_id = :control AND collected_on = :date))sql"),
      insert_test_if_none_(db.sql(), R"sql(
        INSERT INTO control_test (control_id, tested_on, result, tester, notes, revision_id)
        SELECT :control, :date, :result, '', '', :revision
        WHERE NOT EXISTS (SELECT 1 FROM control_test WHERE control_id = :control AND tested_on = :date))sql") {
}

std::optional<ControlHead> ControlWriter::find(std::string_view key) {
  find_.bind(":key", std::string(key));
  std::optional<ControlHead> head;
  if (find_.executeStep()) {
    ControlHead h;
    h.control_id = find_.getColumn(0).getInt64();
    if (!find_.getColumn(1).isNull()) {
      h.version_id = find_.getColumn(1).getInt64();
      h.revision_id = find_.getColumn(2).getInt64();
      h.valid_from = *Date::parse(find_.getColumn(3).getString());
      h.valid_to = optional_date(find_.getColumn(4));
      h.fingerprint = find_.getColumn(5).getInt64();
      h.title = find_.getColumn(6).getString();
    }
    head = h;
  }
  find_.reset();
  return head;
}

std::optional<std::int64_t> ControlWriter::control_id(std::string_view key) {
  find_id_.bind(":key", std::string(key));
  std::optional<std::int64_t> id;
  if (find_id_.executeStep()) id = find_id_.getColumn(0).getInt64();
  find_id_.reset();
  return id;
}

std::int64_t ControlWriter::add_control(std::string_view key) {
  insert_control_.bind(":key", std::string(key));
  run(insert_control_);
  return db_.sql().getLastInsertRowid();
}

void ControlWriter::insert_links(std::int64_t version_id, const VersionRow& v) {
  for (auto s : v.service_ids) {
    insert_service_link_.bind(":version", version_id);
    insert_service_link_.bind(":service", s);
    run(insert_service_link_);
  }
  for (auto r : v.requirement_ids) {
    insert_requirement_link_.bind(":version", version_id);
    insert_requirement_link_.bind(":requirement", r);
    run(insert_requirement_link_);
  }
}

std::int64_t ControlWriter::add_version(std::int64_t control_id, std::int64_t revision_id,
                                        const VersionRow& v) {
  insert_version_.bind(":control", control_id);
  insert_version_.bind(":valid_from", v.valid_from.iso());
  bind_content(insert_version_, revision_id, v);
  run(insert_version_);
  const auto id = db_.sql().getLastInsertRowid();
  insert_links(id, v);
  return id;
}

void ControlWriter::close_version(std::int64_t version_id, Date valid_to,
                                  std::int64_t revision_id) {
  close_version_.bind(":valid_to", valid_to.iso());
  close_version_.bind(":revision", revision_id);
  close_version_.bind(":id", version_id);
  run(close_version_);
}

void ControlWriter::mark_seen(std::int64_t control_id) {
  if (!mark_seen_) {
    db_.sql().exec("CREATE TEMP TABLE IF NOT EXISTS seen_control (id INTEGER PRIMARY KEY)");
    db_.sql().exec("DELETE FROM temp.seen_control");
    mark_seen_.emplace(db_.sql(), "INSERT OR IGNORE INTO temp.seen_control (id) VALUES (:id)");
  }
  mark_seen_->bind(":id", control_id);
  run(*mark_seen_);
}

std::int64_t ControlWriter::retire_unseen(Date date, std::int64_t revision_id) {
  if (!mark_seen_) {
    db_.sql().exec("CREATE TEMP TABLE IF NOT EXISTS seen_control (id INTEGER PRIMARY KEY)");
    db_.sql().exec("DELETE FROM temp.seen_control");
  }
  SQLite::Statement q(db_.sql(), R"sql(
    UPDATE control_version SET valid_to = :date, closed_by = :revision
    WHERE valid_to IS NULL AND valid_from <= :date
      AND control_id NOT IN (SELECT id FROM temp.seen_control))sql");
  q.bind(":date", date.iso());
  q.bind(":revision", revision_id);
  return q.exec();
}

bool ControlWriter::add_evidence(std::int64_t control_id, Date collected_on,
                                 std::string_view description, std::string_view location,
                                 std::int64_t revision_id) {
  insert_evidence_.bind(":control", control_id);
  insert_evidence_.bind(":date", collected_on.iso());
  insert_evidence_.bind(":description", std::string(description));
  insert_evidence_.bind(":location", std::string(location));
  insert_evidence_.bind(":revision", revision_id);
  const int n = insert_evidence_.exec();
  insert_evidence_.reset();
  return n > 0;
}

bool ControlWriter::add_test(std::int64_t control_id, Date tested_on, TestResult result,
                             std::string_view tester, std::string_view notes,
                             std::int64_t revision_id) {
  insert_test_.bind(":control", control_id);
  insert_test_.bind(":date", tested_on.iso());
  insert_test_.bind(":result", std::string(name(result)));
  insert_test_.bind(":tester", std::string(tester));
  insert_test_.bind(":notes", std::string(notes));
  insert_test_.bind(":revision", revision_id);
  const int n = insert_test_.exec();
  insert_test_.reset();
  return n > 0;
}

bool ControlWriter::add_evidence_if_none_on(std::int64_t control_id, Date collected_on,
                                            std::string_view description,
                                            std::int64_t revision_id) {
  insert_evidence_if_none_.bind(":control", control_id);
  insert_evidence_if_none_.bind(":date", collected_on.iso());
  insert_evidence_if_none_.bind(":description", std::string(description));
  insert_evidence_if_none_.bind(":revision", revision_id);
  const int n = insert_evidence_if_none_.exec();
  insert_evidence_if_none_.reset();
  return n > 0;
}

bool ControlWriter::add_test_if_none_on(std::int64_t control_id, Date tested_on, TestResult result,
                                        std::int64_t revision_id) {
  insert_test_if_none_.bind(":control", control_id);
  insert_test_if_none_.bind(":date", tested_on.iso());
  insert_test_if_none_.bind(":result", std::string(name(result)));
  insert_test_if_none_.bind(":revision", revision_id);
  const int n = insert_test_if_none_.exec();
  insert_test_if_none_.reset();
  return n > 0;
}

namespace {

// Reads versions selected by `where` (with :date bound when given) plus their links.
std::vector<LoadedControl> load_versions(Database& db, const std::string& where,
                                         std::optional<Date> date) {
  return guard_sql(db.path(), [&] {
    std::vector<LoadedControl> out;
    std::unordered_map<std::int64_t, std::size_t> by_version;
    SQLite::Statement q(db.sql(), R"sql(
      SELECT c.id, v.id, c.key, v.title, v.description, v.owner, v.status, v.frequency,
             v.implemented_on, v.all_services, v.valid_from, v.valid_to, v.revision_id,
             coalesce(v.closed_by, 0)
      FROM control_version v JOIN control c ON c.id = v.control_id )sql" +
                                      where + " ORDER BY c.key, v.valid_from, v.id");
    if (date) q.bind(":date", date->iso());
    while (q.executeStep()) {
      LoadedControl l;
      l.control_id = q.getColumn(0).getInt64();
      l.version_id = q.getColumn(1).getInt64();
      auto& v = l.version;
      v.key = q.getColumn(2).getString();
      v.title = q.getColumn(3).getString();
      v.description = q.getColumn(4).getString();
      v.owner = q.getColumn(5).getString();
      v.status = *parse_status(q.getColumn(6).getString());
      if (!q.getColumn(7).isNull()) v.frequency = parse_frequency(q.getColumn(7).getString());
      v.implemented_on = optional_date(q.getColumn(8));
      v.all_services = q.getColumn(9).getInt() != 0;
      v.valid_from = *Date::parse(q.getColumn(10).getString());
      v.valid_to = optional_date(q.getColumn(11));
      l.revision_id = q.getColumn(12).getInt64();
      l.closed_by = q.getColumn(13).getInt64();
      by_version.emplace(l.version_id, out.size());
      out.push_back(std::move(l));
    }
    // Links in two set-based queries over the same selection; ordered so lists come sorted.
    SQLite::Statement services(db.sql(), R"sql(
      SELECT v.id, s.slug FROM control_version v
      JOIN control_version_service l ON l.version_id = v.id
      JOIN service s ON s.id = l.service_id )sql" +
                                             where + " ORDER BY v.id, s.slug");
    if (date) services.bind(":date", date->iso());
    while (services.executeStep()) {
      auto it = by_version.find(services.getColumn(0).getInt64());
      if (it != by_version.end())
        out[it->second].version.services.push_back(services.getColumn(1).getString());
    }
    SQLite::Statement reqs(db.sql(), R"sql(
      SELECT v.id, r.code FROM control_version v
      JOIN control_version_requirement l ON l.version_id = v.id
      JOIN requirement r ON r.id = l.requirement_id )sql" +
                                         where + " ORDER BY v.id, r.position");
    if (date) reqs.bind(":date", date->iso());
    while (reqs.executeStep()) {
      auto it = by_version.find(reqs.getColumn(0).getInt64());
      if (it != by_version.end())
        out[it->second].version.requirements.push_back(reqs.getColumn(1).getString());
    }
    return out;
  });
}

}  // namespace

std::vector<LoadedControl> load_controls_as_of(Database& db, Date date) {
  return load_versions(
      db, "WHERE v.valid_from <= :date AND (v.valid_to IS NULL OR v.valid_to > :date)", date);
}

std::vector<LoadedControl> load_all_versions(Database& db) {
  return load_versions(db, "", std::nullopt);
}

std::vector<std::pair<std::int64_t, EvidenceRecord>> load_evidence(Database& db, Date date) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT e.control_id, c.key, e.collected_on, e.description, e.location
      FROM evidence e JOIN control c ON c.id = e.control_id
      WHERE e.collected_on <= :date ORDER BY e.control_id, e.collected_on, e.id)sql");
    q.bind(":date", date.iso());
    std::vector<std::pair<std::int64_t, EvidenceRecord>> out;
    while (q.executeStep()) {
      out.emplace_back(
          q.getColumn(0).getInt64(),
          EvidenceRecord{q.getColumn(1).getString(), *Date::parse(q.getColumn(2).getString()),
                         q.getColumn(3).getString(), q.getColumn(4).getString()});
    }
    return out;
  });
}

std::vector<std::pair<std::int64_t, TestRecord>> load_tests(Database& db, Date date) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT t.control_id, c.key, t.tested_on, t.result, t.tester, t.notes
      FROM control_test t JOIN control c ON c.id = t.control_id
      WHERE t.tested_on <= :date ORDER BY t.control_id, t.tested_on, t.id)sql");
    q.bind(":date", date.iso());
    std::vector<std::pair<std::int64_t, TestRecord>> out;
    while (q.executeStep()) {
      out.emplace_back(
          q.getColumn(0).getInt64(),
          TestRecord{q.getColumn(1).getString(), *Date::parse(q.getColumn(2).getString()),
                     *parse_test_result(q.getColumn(3).getString()), q.getColumn(4).getString(),
                     q.getColumn(5).getString()});
    }
    return out;
  });
}

}  // namespace socready::store
