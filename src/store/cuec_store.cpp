#include "store/cuec_store.hpp"

#include "store/id_list.hpp"
#include "store/version_rows.hpp"

namespace socready::store {

template struct VersionTable<Cuec>;

std::vector<Cuec> load_cuecs_as_of(Database& db, Date date) {
  return cuec_versions.as_of(db, date);
}

namespace {

void read_row(VersionRowReader&, SQLite::Statement& q, Cuec& c) {
  c.description = q.getColumn(4).getString();
  const std::string services = q.getColumn(5).getString();
  c.all_services = services == "*";
  if (!c.all_services) c.services = split_ids(services);
  c.criteria = split_ids(q.getColumn(6).getText());
  c.objectives = split_ids(q.getColumn(7).getText());
}

void add_row(Database& db, const Cuec& c, std::int64_t revision_id) {
  insert_version(db, cuec_versions, c, revision_id, [&](SQLite::Statement& q) {
    q.bind(4, c.description);
    q.bind(5, c.all_services ? std::string("*") : joined_ids(c.services));
    q.bind(6, joined_ids(c.criteria));
    q.bind(7, joined_ids(c.objectives));
  });
}

}  // namespace

const VersionTable<Cuec> cuec_versions{
    "cuec_version", "description, services, tsc, soc1_objectives", read_row, add_row};

}  // namespace socready::store
