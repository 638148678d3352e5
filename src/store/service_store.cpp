#include "store/service_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>

#include "store/sql_error.hpp"

namespace socready::store {

namespace {

Answer answer_of(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt() != 0;
}

void bind_answer(SQLite::Statement& s, const char* name, const Answer& a) {
  if (a)
    s.bind(name, *a ? 1 : 0);
  else
    s.bind(name);
}

void bind_override(SQLite::Statement& s, const char* name, Override o) {
  if (o == Override::none)
    s.bind(name);
  else
    s.bind(name, std::string(socready::name(o)));
}

}  // namespace

void record_service_change(Database& db, std::int64_t revision_id, const std::string& slug,
                           const std::string& before, const std::string& after) {
  guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      INSERT INTO service_change (revision_id, service, action, before, after)
      VALUES (:revision, :service, :action, :before, :after))sql");
    q.bind(":revision", revision_id);
    q.bind(":service", slug);
    q.bind(":action", before.empty() ? "added" : "changed");
    if (before.empty())
      q.bind(":before");
    else
      q.bind(":before", before);
    q.bind(":after", after);
    q.exec();
  });
}

std::vector<Service> load_services(Database& db) {
  return guard_sql(db.path(), [&] {
    std::vector<Service> out;
    std::map<std::int64_t, std::size_t> by_id;
    SQLite::Statement q(db.sql(), R"sql(
      SELECT s.id, s.slug, s.name, coalesce(p.name, ''), s.description,
             s.affects_financial_reporting, s.handles_customer_data, s.clients_ask_security,
             s.clients_ask_sox, s.availability_commitment, s.processes_transactions,
             s.confidential_data, s.personal_data, s.soc1_override, s.soc2_override,
             s.override_reason, s.soc2_categories_explicit, s.privacy_role
      FROM service s LEFT JOIN product_line p ON p.id = s.product_line_id
      ORDER BY p.name IS NULL, p.name, s.slug)sql");
    while (q.executeStep()) {
      Service s;
      s.slug = q.getColumn(1).getString();
      s.name = q.getColumn(2).getString();
      s.product_line = q.getColumn(3).getString();
      s.description = q.getColumn(4).getString();
      s.affects_financial_reporting = answer_of(q.getColumn(5));
      s.handles_customer_data = answer_of(q.getColumn(6));
      s.clients_ask_security = answer_of(q.getColumn(7));
      s.clients_ask_sox = answer_of(q.getColumn(8));
      s.availability_commitment = answer_of(q.getColumn(9));
      s.processes_transactions = answer_of(q.getColumn(10));
      s.confidential_data = answer_of(q.getColumn(11));
      s.personal_data = answer_of(q.getColumn(12));
      if (!q.getColumn(13).isNull()) s.soc1 = *parse_override(q.getColumn(13).getString());
      if (!q.getColumn(14).isNull()) s.soc2 = *parse_override(q.getColumn(14).getString());
      s.override_reason = q.getColumn(15).getString();
      if (q.getColumn(16).getInt() != 0) s.soc2_categories.emplace();
      if (!q.getColumn(17).isNull())
        s.privacy_role = parse_privacy_role(q.getColumn(17).getString());
      by_id.emplace(q.getColumn(0).getInt64(), out.size());
      out.push_back(std::move(s));
    }
    SQLite::Statement caps(db.sql(),
                           "SELECT service_id, capability FROM service_capability "
                           "ORDER BY service_id, capability");
    while (caps.executeStep())
      out[by_id.at(caps.getColumn(0).getInt64())].capabilities.push_back(
          caps.getColumn(1).getString());
    SQLite::Statement cats(db.sql(),
                           "SELECT service_id, category FROM service_soc2_category "
                           "ORDER BY service_id");
    while (cats.executeStep()) {
      auto& s = out[by_id.at(cats.getColumn(0).getInt64())];
      if (!s.soc2_categories) s.soc2_categories.emplace();
      s.soc2_categories->push_back(*parse_category(cats.getColumn(1).getString()));
    }
    for (auto& s : out)
      if (s.soc2_categories) std::sort(s.soc2_categories->begin(), s.soc2_categories->end());
    SQLite::Statement objs(db.sql(), R"sql(
      SELECT o.service_id, r.code FROM service_objective o
      JOIN requirement r ON r.id = o.requirement_id ORDER BY o.service_id, r.position)sql");
    while (objs.executeStep())
      out[by_id.at(objs.getColumn(0).getInt64())].soc1_objectives.push_back(
          objs.getColumn(1).getString());
    return out;
  });
}

std::map<std::string, std::int64_t, std::less<>> service_ids(Database& db) {
  return guard_sql(db.path(), [&] {
    std::map<std::string, std::int64_t, std::less<>> out;
    SQLite::Statement q(db.sql(), "SELECT slug, id FROM service");
    while (q.executeStep()) out.emplace(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    return out;
  });
}

std::map<std::string, std::int64_t, std::less<>> requirement_ids(Database& db) {
  return guard_sql(db.path(), [&] {
    std::map<std::string, std::int64_t, std::less<>> out;
    SQLite::Statement q(db.sql(), "SELECT code, id FROM requirement");
    while (q.executeStep()) out.emplace(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    return out;
  });
}

std::vector<ProductLine> load_product_lines(Database& db) {
  return guard_sql(db.path(), [&] {
    std::vector<ProductLine> out;
    SQLite::Statement q(db.sql(), "SELECT slug, name FROM product_line ORDER BY name");
    while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
    return out;
  });
}

std::int64_t ensure_product_line(Database& db, const ProductLine& line) {
  return guard_sql(db.path(), [&] {
    // By the exact name (binary comparison): "Payroll" and "PAYROLL" are two product lines.
    SQLite::Statement find(db.sql(), "SELECT id FROM product_line WHERE name = :name");
    find.bind(":name", line.name);
    if (find.executeStep()) return find.getColumn(0).getInt64();
    // A database from before names were kept exactly may hold this slug under another name.
    SQLite::Statement taken(db.sql(), "SELECT 1 FROM product_line WHERE slug = :slug");
    std::string slug = line.slug;
    for (int n = 2;; ++n) {
      taken.bind(":slug", slug);
      const bool is_taken = taken.executeStep();
      taken.reset();
      if (!is_taken) break;
      slug = fmt::format("{}-{}", line.slug, n);
    }
    SQLite::Statement add(db.sql(), "INSERT INTO product_line (slug, name) VALUES (:slug, :name)");
    add.bind(":slug", slug);
    add.bind(":name", line.name);
    add.exec();
    return db.sql().getLastInsertRowid();
  });
}

void save_service(Database& db, const Service& s, std::int64_t product_line_id,
                  const std::map<std::string, std::int64_t, std::less<>>& objective_ids) {
  guard_sql(db.path(), [&] {
    SQLite::Statement up(db.sql(), R"sql(
      INSERT INTO service (slug, name, product_line_id, description, affects_financial_reporting,
                           handles_customer_data, clients_ask_security, clients_ask_sox,
                           availability_commitment, processes_transactions, confidential_data,
                           personal_data, soc1_override, soc2_override, override_reason,
                           soc2_categories_explicit, privacy_role)
      VALUES (:slug, :name, :line, :description, :q1, :q2, :q3, :q4, :avail, :tx, :conf, :pers,
              :soc1, :soc2, :reason, :explicit, :role)
      ON CONFLICT (slug) DO UPDATE SET
        name = excluded.name, product_line_id = excluded.product_line_id,
        description = excluded.description,
        affects_financial_reporting = excluded.affects_financial_reporting,
        handles_customer_data = excluded.handles_customer_data,
        clients_ask_security = excluded.clients_ask_security,
        clients_ask_sox = excluded.clients_ask_sox,
        availability_commitment = excluded.availability_commitment,
        processes_transactions = excluded.processes_transactions,
        confidential_data = excluded.confidential_data, personal_data = excluded.personal_data,
        soc1_override = excluded.soc1_override, soc2_override = excluded.soc2_override,
        override_reason = excluded.override_reason,
        soc2_categories_explicit = excluded.soc2_categories_explicit,
        privacy_role = excluded.privacy_role)sql");
    up.bind(":slug", s.slug);
    up.bind(":name", s.name);
    if (product_line_id)
      up.bind(":line", product_line_id);
    else
      up.bind(":line");
    up.bind(":description", s.description);
    bind_answer(up, ":q1", s.affects_financial_reporting);
    bind_answer(up, ":q2", s.handles_customer_data);
    bind_answer(up, ":q3", s.clients_ask_security);
    bind_answer(up, ":q4", s.clients_ask_sox);
    bind_answer(up, ":avail", s.availability_commitment);
    bind_answer(up, ":tx", s.processes_transactions);
    bind_answer(up, ":conf", s.confidential_data);
    bind_answer(up, ":pers", s.personal_data);
    bind_override(up, ":soc1", s.soc1);
    bind_override(up, ":soc2", s.soc2);
    up.bind(":reason", s.override_reason);
    up.bind(":explicit", s.soc2_categories ? 1 : 0);
    if (s.privacy_role)
      up.bind(":role", std::string(name(*s.privacy_role)));
    else
      up.bind(":role");
    up.exec();

    SQLite::Statement id_of(db.sql(), "SELECT id FROM service WHERE slug = :slug");
    id_of.bind(":slug", s.slug);
    id_of.executeStep();
    const auto id = id_of.getColumn(0).getInt64();

    for (const char* table : {"service_capability", "service_soc2_category", "service_objective"}) {
      // Table names come from the fixed list above, never from input.
      SQLite::Statement clear(db.sql(),
                              std::string("DELETE FROM ") + table + " WHERE service_id = :id");
      clear.bind(":id", id);
      clear.exec();
    }
    SQLite::Statement cap(
        db.sql(), "INSERT INTO service_capability (service_id, capability) VALUES (:id, :c)");
    for (const auto& c : s.capabilities) {
      cap.bind(":id", id);
      cap.bind(":c", c);
      cap.exec();
      cap.reset();
    }
    if (s.soc2_categories) {
      SQLite::Statement cat(
          db.sql(), "INSERT INTO service_soc2_category (service_id, category) VALUES (:id, :c)");
      for (auto c : *s.soc2_categories) {
        cat.bind(":id", id);
        cat.bind(":c", std::string(name(c)));
        cat.exec();
        cat.reset();
      }
    }
    SQLite::Statement obj(
        db.sql(), "INSERT INTO service_objective (service_id, requirement_id) VALUES (:id, :r)");
    for (const auto& o : s.soc1_objectives) {
      obj.bind(":id", id);
      obj.bind(":r", objective_ids.at(o));
      obj.exec();
      obj.reset();
    }
  });
}

}  // namespace socready::store
