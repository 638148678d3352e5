#pragma once
// All SQL about product lines and services. A service's slug is its identity (`service`); its
// facts, name and product line are versions (`service_version`), valid from a date until the
// next version (or retirement) begins, like CUEC versions (SPEC §2, "Time").

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "store/database.hpp"
#include "store/version_table.hpp"

namespace socready::store {

// The services valid on `date`, ordered by product line name then slug (services without a line
// last).
std::vector<Service> load_services_as_of(Database& db, Date date);
// The current version of every service not retired, in the same order: the facts valid today
// (an import is never effective after today).
std::vector<Service> load_services(Database& db);
// The services' versions, for the import: adding one creates the service (its slug) when new.
extern const VersionTable<Service> service_versions;

// slug -> row id of every service ever imported, for resolving links during an import.
std::map<std::string, std::int64_t, std::less<>> service_ids(Database& db);
// requirement code -> row id.
std::map<std::string, std::int64_t, std::less<>> requirement_ids(Database& db);

std::vector<ProductLine> load_product_lines(Database& db);

// Creates the product line when no line has exactly its name; returns its id.
std::int64_t ensure_product_line(Database& db, const ProductLine& line);

// Records a service's change in the audit trail: the service as JSON before (empty when it was
// added) and after.
void record_service_change(Database& db, std::int64_t revision_id, const std::string& slug,
                           const std::string& before, const std::string& after);

}  // namespace socready::store
