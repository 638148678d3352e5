#include "store/control_store.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "store/id_list.hpp"
#include "store/read_back.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

namespace {

// Evidence and tests have no id of their own: a row is named by its control and date.
std::string record_row(SQLite::Statement& q) {
  return fmt::format("control_id {}, {} {}", q.getColumn(0).getInt64(), q.getColumnName(2),
                     q.getColumn(2).getText());
}

// Imports run these statements millions of times: parameters are bound by position (a named
// bind looks its name up on every call) and every parameter is bound before each run, so
// nothing needs clearing.
void run(SQLite::Statement& s) {
  s.exec();
  s.reset();
}

}  // namespace

ControlWriter::ControlWriter(Database& db)
    : db_(db),
      find_(db.sql(), R"sql(
        SELECT c.id, v.id, v.revision_id, v.valid_from, v.valid_to, v.fingerprint, v.title
        FROM control c LEFT JOIN control_version v ON v.control_id = c.id
        WHERE c.key = ?1 ORDER BY v.valid_from DESC, v.id DESC LIMIT 1)sql"),
      find_id_(db.sql(), "SELECT id FROM control WHERE key = ?1"),
      // OR IGNORE spares SQLite a statement journal per batch; flush() checks that every row
      // was written (BatchInsert::flush_every_row).
      controls_(db.sql(), "INSERT OR IGNORE INTO control (id, key)", 2, 256),
      versions_(db.sql(), R"sql(
        INSERT OR IGNORE INTO control_version (id, control_id, valid_from, revision_id, title,
                                               description, owner, status, frequency,
                                               implemented_on, all_services, fingerprint, nature,
                                               is_key, compensates))sql",
                15, 64),
      service_links_(db.sql(),
                     "INSERT OR IGNORE INTO control_version_service (version_id, service_id)", 2,
                     256),
      requirement_links_(
          db.sql(),
          "INSERT OR IGNORE INTO control_version_requirement (version_id, requirement_id)", 2, 256),
      inventory_evidence_(db.sql(), R"sql(
        INSERT OR IGNORE INTO evidence (control_id, collected_on, description, location, revision_id))sql",
                          5, 128),
      inventory_tests_(db.sql(), R"sql(
        INSERT OR IGNORE INTO control_test (control_id, tested_on, result, tester, notes, revision_id))sql",
                       6, 128),
      close_version_(db.sql(),
                     "UPDATE control_version SET valid_to = ?1, closed_by = ?2 WHERE id = ?3"),
      evidence_on_(db.sql(),
                   "SELECT 1 FROM evidence WHERE control_id = ?1 AND collected_on = ?2 LIMIT 1"),
      test_on_(db.sql(),
               "SELECT 1 FROM control_test WHERE control_id = ?1 AND tested_on = ?2 LIMIT 1") {}

std::optional<ControlHead> ControlWriter::find(std::string_view key) {
  find_.bind(1, std::string(key));
  std::optional<ControlHead> head;
  if (find_.executeStep()) {
    ControlHead h;
    h.control_id = find_.getColumn(0).getInt64();
    if (!find_.getColumn(1).isNull()) {
      h.version_id = find_.getColumn(1).getInt64();
      h.revision_id = find_.getColumn(2).getInt64();
      RowReader row(db_.path(), find_, "control_version", h.version_id);
      h.valid_from = row.parsed(3, Date::parse);
      h.valid_to = row.optional(4, Date::parse);
      h.fingerprint = find_.getColumn(5).getInt64();
      h.title = find_.getColumn(6).getString();
    }
    head = h;
  }
  find_.reset();
  return head;
}

std::optional<std::int64_t> ControlWriter::control_id(std::string_view key) {
  find_id_.bind(1, std::string(key));
  std::optional<std::int64_t> id;
  if (find_id_.executeStep()) id = find_id_.getColumn(0).getInt64();
  find_id_.reset();
  return id;
}

std::optional<bool> ControlWriter::current_is_key(std::string_view key) {
  SQLite::Statement q(db_.sql(), R"sql(
    SELECT v.is_key FROM control c JOIN control_version v ON v.control_id = c.id
    WHERE c.key = ?1 AND v.valid_to IS NULL ORDER BY v.valid_from DESC, v.id DESC LIMIT 1)sql");
  q.bind(1, std::string(key));
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt() != 0;
}

ControlWriter::Found ControlWriter::find_or_add(std::string_view key) {
  if (!known_keys_) {
    known_keys_.emplace();
    SQLite::Statement keys(db_.sql(), "SELECT key FROM control");
    while (keys.executeStep()) known_keys_->add(keys.getColumn(0).getText());
    next_control_id_ =
        db_.sql().execAndGet("SELECT coalesce(max(id), 0) + 1 FROM control").getInt64();
  }
  Found f;
  if (known_keys_->maybe_contains(key)) {
    // A key listed twice may be waiting in controls_: the look-up must see it. (A false
    // positive of the filter costs the look-up alone.)
    if (controls_.pending_has(1, key)) controls_.flush_every_row();
    if (auto head = find(key)) {
      f.head = *head;
      return f;
    }
  }
  f.head.control_id = next_control_id_++;
  f.created = true;
  controls_.add(f.head.control_id).add(key);
  known_keys_->add(key);
  return f;
}

std::int64_t ControlWriter::add_version(std::int64_t control_id, std::int64_t revision_id,
                                        const VersionRow& v) {
  if (next_version_id_ == 0)
    next_version_id_ =
        db_.sql().execAndGet("SELECT coalesce(max(id), 0) + 1 FROM control_version").getInt64();
  const std::int64_t id = next_version_id_++;
  versions_.add(id).add(control_id).add(v.valid_from.iso()).add(revision_id);
  versions_.add(v.title).add(v.description).add(v.owner).add(name(v.status));
  if (v.frequency)
    versions_.add(name(*v.frequency));
  else
    versions_.add_null();
  if (v.implemented_on)
    versions_.add(v.implemented_on->iso());
  else
    versions_.add_null();
  versions_.add(std::int64_t{v.all_services ? 1 : 0}).add(v.fingerprint);
  versions_.add(name(v.nature)).add(std::int64_t{v.is_key ? 1 : 0}).add(joined_ids(v.compensates));
  for (auto s : v.service_ids) service_links_.add(id).add(s);
  for (auto r : v.requirement_ids) requirement_links_.add(id).add(r);
  return id;
}

void ControlWriter::close_version(std::int64_t version_id, Date valid_to,
                                  std::int64_t revision_id) {
  close_version_.bind(1, valid_to.iso());
  close_version_.bind(2, revision_id);
  close_version_.bind(3, version_id);
  run(close_version_);
}

void ControlWriter::mark_seen(std::int64_t control_id) {
  if (!mark_seen_) {
    db_.sql().exec("CREATE TEMP TABLE IF NOT EXISTS seen_control (id INTEGER PRIMARY KEY)");
    db_.sql().exec("DELETE FROM temp.seen_control");
    mark_seen_.emplace(db_.sql(), "INSERT OR IGNORE INTO temp.seen_control (id) VALUES (?1)");
  }
  mark_seen_->bind(1, control_id);
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

bool ControlWriter::any_on(SQLite::Statement& lookup, std::int64_t control_id,
                           const std::string& date) {
  lookup.bind(1, control_id);
  lookup.bindNoCopy(2, date);
  const bool found = lookup.executeStep();
  lookup.reset();
  return found;
}

void ControlWriter::add_evidence_if_none_on(std::int64_t control_id, Date collected_on,
                                            std::string_view description, std::int64_t revision_id,
                                            bool new_control) {
  const auto date = collected_on.iso();
  if (!new_control && any_on(evidence_on_, control_id, date)) return;
  inventory_evidence_.add(control_id).add(date).add(description).add(std::string_view{});
  inventory_evidence_.add(revision_id);
}

void ControlWriter::add_test_if_none_on(std::int64_t control_id, Date tested_on, TestResult result,
                                        std::int64_t revision_id, bool new_control) {
  const auto date = tested_on.iso();
  if (!new_control && any_on(test_on_, control_id, date)) return;
  inventory_tests_.add(control_id).add(date).add(name(result)).add(std::string_view{});
  inventory_tests_.add(std::string_view{}).add(revision_id);
}

ControlWriter::Flushed ControlWriter::flush() {
  controls_.flush_every_row();
  versions_.flush_every_row();
  service_links_.flush_every_row();
  requirement_links_.flush_every_row();
  Flushed f;
  f.evidence = inventory_evidence_.flush();
  f.tests = inventory_tests_.flush();
  return f;
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
             coalesce(v.closed_by, 0), v.nature, v.is_key, v.compensates
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
      RowReader row(db.path(), q, "control_version", l.version_id);
      v.status = row.parsed(6, parse_status);
      v.frequency = row.optional(7, parse_frequency);
      v.implemented_on = row.optional(8, Date::parse);
      v.all_services = q.getColumn(9).getInt() != 0;
      v.valid_from = row.parsed(10, Date::parse);
      v.valid_to = row.optional(11, Date::parse);
      l.revision_id = q.getColumn(12).getInt64();
      l.closed_by = q.getColumn(13).getInt64();
      v.nature = row.parsed(14, parse_nature);
      v.is_key = q.getColumn(15).getInt() != 0;
      v.compensates = split_ids(q.getColumn(16).getText());
      by_version.emplace(l.version_id, out.size());
      out.push_back(std::move(l));
    }
    // Links in two scans of the link tables in key order, kept for the versions read above
    // (joining control_version to select them read a version row per link: most of the time of
    // this function on a large inventory), then sorted: services by slug, requirements in
    // catalog order.
    {
      SQLite::Statement links(db.sql(), R"sql(
        SELECT l.version_id, s.slug FROM control_version_service l
        JOIN service s ON s.id = l.service_id)sql");
      while (links.executeStep())
        if (auto it = by_version.find(links.getColumn(0).getInt64()); it != by_version.end())
          out[it->second].version.services.push_back(links.getColumn(1).getString());
    }
    std::vector<std::tuple<std::size_t, int, std::string>> requirements;
    {
      SQLite::Statement links(db.sql(), R"sql(
        SELECT l.version_id, r.position, r.code FROM control_version_requirement l
        JOIN requirement r ON r.id = l.requirement_id)sql");
      while (links.executeStep())
        if (auto it = by_version.find(links.getColumn(0).getInt64()); it != by_version.end())
          requirements.emplace_back(it->second, links.getColumn(1).getInt(),
                                    links.getColumn(2).getString());
    }
    std::sort(requirements.begin(), requirements.end());
    for (auto& [index, position, code] : requirements)
      out[index].version.requirements.push_back(std::move(code));
    for (auto& l : out) std::sort(l.version.services.begin(), l.version.services.end());
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

std::vector<std::string> load_control_keys(Database& db) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), "SELECT key FROM control ORDER BY key");
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  });
}

std::vector<std::pair<std::int64_t, EvidenceRecord>> load_evidence(Database& db, Date date) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT e.control_id, c.key, e.collected_on, e.description, e.location
      FROM evidence e JOIN control c ON c.id = e.control_id
      WHERE e.collected_on <= :date ORDER BY e.control_id, e.collected_on, e.revision_id, e.description, e.location)sql");
    q.bind(":date", date.iso());
    std::vector<std::pair<std::int64_t, EvidenceRecord>> out;
    while (q.executeStep()) {
      const Date on =
          parse_column(db.path(), q, 2, "evidence", Date::parse, [&] { return record_row(q); });
      out.emplace_back(q.getColumn(0).getInt64(),
                       EvidenceRecord{q.getColumn(1).getString(), on, q.getColumn(3).getString(),
                                      q.getColumn(4).getString()});
    }
    return out;
  });
}

std::vector<std::pair<std::int64_t, Date>> latest_evidence_dates(Database& db, Date date) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT control_id, MAX(collected_on) FROM evidence WHERE collected_on <= :date
      GROUP BY control_id ORDER BY control_id)sql");
    q.bind(":date", date.iso());
    std::vector<std::pair<std::int64_t, Date>> out;
    while (q.executeStep())
      out.emplace_back(q.getColumn(0).getInt64(),
                       parse_column(db.path(), q, 1, "evidence", Date::parse, [&] {
                         return fmt::format("control_id {}", q.getColumn(0).getInt64());
                       }));
    return out;
  });
}

std::vector<std::pair<std::int64_t, TestRecord>> load_tests(Database& db, Date date) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT t.control_id, c.key, t.tested_on, t.result, t.tester, t.notes, t.sample_size,
             t.deviations, t.management_response, t.remediated_on
      FROM control_test t JOIN control c ON c.id = t.control_id
      WHERE t.tested_on <= :date ORDER BY t.control_id, t.tested_on, t.revision_id, t.result, t.tester, t.notes)sql");
    q.bind(":date", date.iso());
    std::vector<std::pair<std::int64_t, TestRecord>> out;
    while (q.executeStep()) {
      auto row = [&] { return record_row(q); };
      TestRecord t{q.getColumn(1).getString(),
                   parse_column(db.path(), q, 2, "control_test", Date::parse, row),
                   parse_column(db.path(), q, 3, "control_test", parse_test_result, row),
                   q.getColumn(4).getString(), q.getColumn(5).getString()};
      if (!q.getColumn(6).isNull()) t.sample_size = q.getColumn(6).getInt();
      if (!q.getColumn(7).isNull()) t.deviations = q.getColumn(7).getInt();
      t.management_response = q.getColumn(8).getString();
      if (!q.getColumn(9).isNull())
        t.remediated_on = parse_column(db.path(), q, 9, "control_test", Date::parse, row);
      out.emplace_back(q.getColumn(0).getInt64(), std::move(t));
    }
    return out;
  });
}

}  // namespace socready::store
