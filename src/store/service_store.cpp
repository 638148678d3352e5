#include "store/service_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "store/id_list.hpp"
#include "store/version_rows.hpp"

namespace socready::store {

template struct VersionTable<Service>;

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

namespace {

void read_row(VersionRowReader& read, SQLite::Statement& q, Service& s) {
  s.name = q.getColumn(4).getString();
  s.product_line = q.getColumn(5).getString();
  s.description = q.getColumn(6).getString();
  s.affects_financial_reporting = answer_of(q.getColumn(7));
  s.handles_customer_data = answer_of(q.getColumn(8));
  s.clients_ask_security = answer_of(q.getColumn(9));
  s.clients_ask_sox = answer_of(q.getColumn(10));
  s.availability_commitment = answer_of(q.getColumn(11));
  s.processes_transactions = answer_of(q.getColumn(12));
  s.confidential_data = answer_of(q.getColumn(13));
  s.personal_data = answer_of(q.getColumn(14));
  s.privacy_role = read.optional(15, parse_privacy_role);
  if (const auto o = read.optional(16, parse_override)) s.soc1 = *o;
  if (const auto o = read.optional(17, parse_override)) s.soc2 = *o;
  s.override_reason = q.getColumn(18).getString();
  s.capabilities = split_ids(q.getColumn(19).getText());
  if (!q.getColumn(20).isNull()) {
    s.soc2_categories.emplace();
    for (const auto& c : split_ids(q.getColumn(20).getText())) {
      const auto category = parse_category(c);
      if (!category) read.unreadable("soc2_categories", c);
      s.soc2_categories->push_back(*category);
    }
    std::sort(s.soc2_categories->begin(), s.soc2_categories->end());
  }
  s.soc1_objectives = split_ids(q.getColumn(21).getText());
  s.soc1_objectives_excluded = split_ids(q.getColumn(22).getText());
  s.soc1_exclusion_reason = q.getColumn(23).getString();
}

// Product line name, then slug; services without a line last.
void sort_for_listing(std::vector<Service>& services) {
  std::stable_sort(services.begin(), services.end(), [](const Service& a, const Service& b) {
    return std::tuple(a.product_line.empty(), a.product_line, a.slug) <
           std::tuple(b.product_line.empty(), b.product_line, b.slug);
  });
}

}  // namespace

std::vector<Service> load_services_as_of(Database& db, Date date) {
  auto out = service_versions.as_of(db, date);
  sort_for_listing(out);
  return out;
}

std::vector<Service> load_services(Database& db) {
  std::vector<Service> out;
  for (auto& v : service_versions.versions_where(db, "WHERE valid_to IS NULL"))
    out.push_back(std::move(v.record));
  sort_for_listing(out);
  return out;
}

namespace {

// name -> row id, from `sql` selecting the two.
std::map<std::string, std::int64_t, std::less<>> ids_by_name(Database& db, const char* sql) {
  return guard_sql(db.path(), [&] {
    std::map<std::string, std::int64_t, std::less<>> out;
    SQLite::Statement q(db.sql(), sql);
    while (q.executeStep()) out.emplace(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    return out;
  });
}

}  // namespace

std::map<std::string, std::int64_t, std::less<>> service_ids(Database& db) {
  return ids_by_name(db, "SELECT slug, id FROM service");
}

std::map<std::string, std::int64_t, std::less<>> requirement_ids(Database& db) {
  return ids_by_name(db, "SELECT code, id FROM requirement");
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

namespace {

void add_row(Database& db, const Service& s, std::int64_t revision_id) {
  guard_sql(db.path(), [&] {
    // The identity row; its own fact columns are those of before migration 0011, no longer read.
    SQLite::Statement identity(db.sql(), R"sql(
      INSERT INTO service (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING)sql");
    identity.bind(":slug", s.slug);
    identity.bind(":name", s.name);
    identity.exec();
    SQLite::Statement q(db.sql(), R"sql(
      INSERT INTO service_version (key, valid_from, revision_id, name, product_line_id,
                                   description, affects_financial_reporting,
                                   handles_customer_data, clients_ask_security, clients_ask_sox,
                                   availability_commitment, processes_transactions,
                                   confidential_data, personal_data, privacy_role, soc1_override,
                                   soc2_override, override_reason, capabilities, soc2_categories,
                                   soc1_objectives, soc1_objectives_excluded,
                                   soc1_exclusion_reason)
      VALUES (:slug, :from, :revision, :name,
              (SELECT id FROM product_line WHERE name = :line), :description, :q1, :q2, :q3,
              :q4, :avail, :tx, :conf, :pers, :role, :soc1, :soc2, :reason, :caps, :cats, :objs,
              :excluded, :exclusion_reason))sql");
    q.bind(":slug", s.slug);
    q.bind(":from", s.valid_from.iso());
    q.bind(":revision", revision_id);
    q.bind(":name", s.name);
    // A blank product line matches no line: NULL, no line.
    q.bind(":line", s.product_line);
    q.bind(":description", s.description);
    bind_answer(q, ":q1", s.affects_financial_reporting);
    bind_answer(q, ":q2", s.handles_customer_data);
    bind_answer(q, ":q3", s.clients_ask_security);
    bind_answer(q, ":q4", s.clients_ask_sox);
    bind_answer(q, ":avail", s.availability_commitment);
    bind_answer(q, ":tx", s.processes_transactions);
    bind_answer(q, ":conf", s.confidential_data);
    bind_answer(q, ":pers", s.personal_data);
    if (s.privacy_role)
      q.bind(":role", std::string(name(*s.privacy_role)));
    else
      q.bind(":role");
    bind_override(q, ":soc1", s.soc1);
    bind_override(q, ":soc2", s.soc2);
    q.bind(":reason", s.override_reason);
    q.bind(":caps", joined_ids(s.capabilities));
    if (s.soc2_categories) {
      std::vector<std::string> names;
      for (auto c : *s.soc2_categories) names.emplace_back(name(c));
      q.bind(":cats", joined_ids(names));
    } else {
      q.bind(":cats");
    }
    q.bind(":objs", joined_ids(s.soc1_objectives));
    q.bind(":excluded", joined_ids(s.soc1_objectives_excluded));
    q.bind(":exclusion_reason", s.soc1_exclusion_reason);
    q.exec();
  });
}

}  // namespace

// The product line by its name, looked up per version (product lines are never renamed).
const VersionTable<Service> service_versions{
    "service_version",
    "name, coalesce((SELECT p.name FROM product_line p WHERE p.id = product_line_id), ''), "
    "description, affects_financial_reporting, handles_customer_data, clients_ask_security, "
    "clients_ask_sox, availability_commitment, processes_transactions, confidential_data, "
    "personal_data, privacy_role, soc1_override, soc2_override, override_reason, capabilities, "
    "soc2_categories, soc1_objectives, soc1_objectives_excluded, soc1_exclusion_reason",
    read_row, add_row};

}  // namespace socready::store
