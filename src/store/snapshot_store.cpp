#include "store/snapshot_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "core/parallel.hpp"
#include "store/json_reading.hpp"
#include "store/read_back.hpp"
#include "store/snapshot_json.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

using nlohmann::json;

void save_snapshot(Database& db, const SnapshotInfo& info,
                   const std::vector<scoring::ServiceResult>& results,
                   const std::vector<ScoredSystem>& systems) {
  with_transaction(db, [&] {
    SQLite::Statement exists(db.sql(), "SELECT as_of, created_at FROM snapshot WHERE period = :p");
    exists.bind(":p", info.period);
    if (exists.executeStep()) {
      throw InputError(fmt::format(
          "{} is already frozen (as of {}, on {}); a frozen period never changes. Report it "
          "with 'socready report --period {}'",
          info.period, exists.getColumn(0).getString(), exists.getColumn(1).getString(),
          info.period));
    }
    SQLite::Statement add(db.sql(), R"sql(
      INSERT INTO snapshot (period, as_of, window_months, created_at)
      VALUES (:p, :as_of, :window, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))sql");
    add.bind(":p", info.period);
    add.bind(":as_of", info.as_of.iso());
    add.bind(":window", info.window_months);
    add.exec();
    const auto id = db.sql().getLastInsertRowid();

    SQLite::Statement service(db.sql(), R"sql(
      INSERT INTO snapshot_service (snapshot_id, service_slug, product_line, detail)
      VALUES (:id, :slug, :line, :detail))sql");
    SQLite::Statement score(db.sql(), R"sql(
      INSERT INTO snapshot_score (snapshot_id, service_slug, framework, type, applies, readiness,
                                  band, in_scope, covered, blockers)
      VALUES (:id, :slug, :framework, :type, :applies, :readiness, :band, :in_scope, :covered,
              :blockers))sql");
    SQLite::Statement controls(
        db.sql(), "INSERT INTO snapshot_controls (snapshot_id, detail) VALUES (:id, :detail)");
    const auto shared = share_scores(results);
    controls.bind(":id", id);
    controls.bind(":detail", to_json(shared).dump());
    controls.exec();
    // Written also when there is no system: the row says the systems were frozen.
    json frozen_systems = json::array();
    for (const auto& x : systems) frozen_systems.push_back(to_json(x));
    SQLite::Statement system_rows(
        db.sql(), "INSERT INTO snapshot_systems (snapshot_id, detail) VALUES (:id, :detail)");
    system_rows.bind(":id", id);
    system_rows.bind(":detail", json{{"systems", std::move(frozen_systems)}}.dump());
    system_rows.exec();
    for (const auto& r : results) {
      service.bind(":id", id);
      service.bind(":slug", r.service);
      service.bind(":line", r.product_line);
      service.bind(":detail", to_json_sharing_controls(r, shared).dump());
      service.exec();
      service.reset();
      for (auto f : scoring::all_frameworks) {
        for (auto t : scoring::all_report_types) {
          const auto& x = r.readiness(f, t);
          score.bind(":id", id);
          score.bind(":slug", r.service);
          score.bind(":framework", std::string(name(f)));
          score.bind(":type", std::string(name(t)));
          score.bind(":applies", x.applies() ? 1 : 0);
          score.bind(":readiness", x.readiness);
          score.bind(":band", std::string(scoring::name(x.band)));
          score.bind(":in_scope", x.in_scope);
          score.bind(":covered", x.covered);
          score.bind(":blockers", static_cast<int>(x.blockers.size()));
          score.exec();
          score.reset();
        }
      }
    }
  });
}

namespace {

// A column's text, copied once: straight from SQLite's buffer into one with the padding
// simdjson reads past the end with.
simdjson::padded_string column_text(SQLite::Statement& q, int index) {
  const SQLite::Column column = q.getColumn(index);
  const char* text = column.getText();  // before getBytes(), as SQLite asks
  return simdjson::padded_string(text, static_cast<std::size_t>(column.getBytes()));
}

// Columns period, as_of, window_months, created_at.
SnapshotInfo info_from(const Database& db, SQLite::Statement& q) {
  std::string period = q.getColumn(0).getString();
  auto row = [&] { return "period " + period; };
  parse_column(db.path(), q, 0, "snapshot", Quarter::parse, row);
  const Date as_of = parse_column(db.path(), q, 1, "snapshot", Date::parse, row);
  return {std::move(period), as_of, q.getColumn(2).getInt(), q.getColumn(3).getString()};
}

// None when the snapshot was frozen before snapshots held systems.
std::optional<std::vector<ScoredSystem>> load_systems(Database& db, const std::string& period,
                                                      std::int64_t snapshot_id) {
  SQLite::Statement q(db.sql(), "SELECT detail FROM snapshot_systems WHERE snapshot_id = :id");
  q.bind(":id", snapshot_id);
  if (!q.executeStep()) return std::nullopt;
  try {
    std::vector<ScoredSystem> out;
    simdjson::dom::parser parser;
    const auto text = column_text(q, 0);
    for (auto x : json_reading::list(json_reading::member(parser.parse(text).value(), "systems")))
      out.push_back(scored_system_from_json(x));
    return out;
  } catch (const std::exception& e) {
    throw DatabaseError(
        fmt::format("{}: snapshot {}'s systems are unreadable: {}", db.path(), period, e.what()));
  }
}

// A snapshot's JSON that does not parse is the database's fault; one that parses but is not what
// the writers wrote is ours (json_reading::malformed).
simdjson::dom::element parse_detail(const Database& db, const std::string& period,
                                    simdjson::dom::parser& parser,
                                    const simdjson::padded_string& text) {
  simdjson::dom::element root;
  if (auto error = parser.parse(text).get(root))
    throw DatabaseError(fmt::format("{}: snapshot {} is unreadable: {}", db.path(), period,
                                    simdjson::error_message(error)));
  return root;
}

// Empty when the snapshot was frozen before scores were shared.
SharedScores load_shared_scores(Database& db, const std::string& period, std::int64_t snapshot_id) {
  SQLite::Statement q(db.sql(), "SELECT detail FROM snapshot_controls WHERE snapshot_id = :id");
  q.bind(":id", snapshot_id);
  if (!q.executeStep()) return {};
  simdjson::dom::parser parser;
  return shared_scores_from_json(parse_detail(db, period, parser, column_text(q, 0)));
}

}  // namespace

std::optional<Snapshot> load_snapshot(Database& db, const std::string& period) {
  return guard_sql(db.path(), [&]() -> std::optional<Snapshot> {
    SQLite::Statement q(db.sql(),
                        "SELECT period, as_of, window_months, created_at, id FROM snapshot "
                        "WHERE period = :p");
    q.bind(":p", period);
    if (!q.executeStep()) return std::nullopt;
    Snapshot s;
    s.info = info_from(db, q);
    const auto snapshot_id = q.getColumn(4).getInt64();
    // Reading the services' results needs the shared control scores, read first; then each
    // service's on every core.
    const SharedScores shared = load_shared_scores(db, period, snapshot_id);
    // Ordered by product line (services without one last), then slug: here rather than by an
    // ORDER BY, with which SQLite copied every result's text into its sorter first.
    struct Detail {
      std::string product_line, slug;
      simdjson::padded_string text;
    };
    std::vector<Detail> details;
    SQLite::Statement detail(db.sql(), R"sql(
      SELECT product_line, service_slug, detail FROM snapshot_service WHERE snapshot_id = :id)sql");
    detail.bind(":id", snapshot_id);
    while (detail.executeStep())
      details.push_back({detail.getColumn(0).getString(), detail.getColumn(1).getString(),
                         column_text(detail, 2)});
    std::sort(details.begin(), details.end(), [](const Detail& a, const Detail& b) {
      return std::forward_as_tuple(a.product_line.empty(), a.product_line, a.slug) <
             std::forward_as_tuple(b.product_line.empty(), b.product_line, b.slug);
    });
    s.services.resize(details.size());
    parallel_for(details.size(), [&](std::size_t i) {
      // A parser keeps its buffers for the next document; it serves one thread at a time.
      thread_local simdjson::dom::parser parser;
      s.services[i] =
          service_result_from_json(parse_detail(db, period, parser, details[i].text), shared);
      simdjson::padded_string().swap(details[i].text);
    });
    s.systems = load_systems(db, period, snapshot_id);
    return s;
  });
}

std::vector<SnapshotInfo> list_snapshots(Database& db) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(),
                        "SELECT period, as_of, window_months, created_at FROM snapshot "
                        "ORDER BY period");
    std::vector<SnapshotInfo> out;
    while (q.executeStep()) out.push_back(info_from(db, q));
    return out;
  });
}

std::optional<Quarter> latest_frozen_quarter(Database& db) {
  return guard_sql(db.path(), [&]() -> std::optional<Quarter> {
    SQLite::Statement q(db.sql(), "SELECT period FROM snapshot ORDER BY period DESC LIMIT 1");
    if (!q.executeStep()) return std::nullopt;
    return parse_column(db.path(), q, 0, "snapshot", Quarter::parse,
                        [&] { return "period " + q.getColumn(0).getString(); });
  });
}

std::vector<HistoryPoint> load_history(Database& db) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT s.period, x.service_slug, x.framework, x.type, x.applies, x.readiness, x.band,
             x.blockers, x.snapshot_id
      FROM snapshot_score x JOIN snapshot s ON s.id = x.snapshot_id
      ORDER BY s.period, x.service_slug, x.framework, x.type)sql");
    std::vector<HistoryPoint> out;
    while (q.executeStep()) {
      HistoryPoint p;
      p.period = q.getColumn(0).getString();
      p.service = q.getColumn(1).getString();
      auto row = [&] {
        return fmt::format("snapshot_id {}, service_slug {}, framework {}, type {}",
                           q.getColumn(8).getInt64(), p.service, q.getColumn(2).getText(),
                           q.getColumn(3).getText());
      };
      p.framework = parse_column(db.path(), q, 2, "snapshot_score", parse_framework, row);
      p.type = parse_column(db.path(), q, 3, "snapshot_score", parse_report_type, row);
      p.applies = q.getColumn(4).getInt() != 0;
      p.readiness = q.getColumn(5).getDouble();
      p.band = parse_column(db.path(), q, 6, "snapshot_score", scoring::parse_band, row);
      p.blockers = q.getColumn(7).getInt();
      out.push_back(std::move(p));
    }
    return out;
  });
}

}  // namespace socready::store
