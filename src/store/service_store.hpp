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
#include "store/stored_version.hpp"

namespace socready::store {

// The services valid on `date`, ordered by product line name then slug (services without a line
// last).
std::vector<Service> load_services_as_of(Database& db, Date date);
// The current version of every service not retired, in the same order: the facts valid today
// (an import is never effective after today).
std::vector<Service> load_services(Database& db);
// The latest version of every service ever imported, retired ones included, ordered by slug.
std::vector<StoredVersion<Service>> load_latest_services(Database& db);

// slug -> row id of every service ever imported, for resolving links during an import.
std::map<std::string, std::int64_t, std::less<>> service_ids(Database& db);
// requirement code -> row id.
std::map<std::string, std::int64_t, std::less<>> requirement_ids(Database& db);

std::vector<ProductLine> load_product_lines(Database& db);

// Creates the product line when no line has exactly its name; returns its id.
std::int64_t ensure_product_line(Database& db, const ProductLine& line);

// Adds a version of the service valid from its `valid_from`, creating the service (its slug) and
// its product line when new.
void add_service_version(Database& db, const Service& service, std::int64_t revision_id);
// Ends a version as of `valid_to` (the day it began, for a same-day correction or retirement).
void close_service_version(Database& db, std::int64_t version_id, Date valid_to,
                           std::int64_t revision_id);

// Records a service's change in the audit trail: the service as JSON before (empty when it was
// added) and after.
void record_service_change(Database& db, std::int64_t revision_id, const std::string& slug,
                           const std::string& before, const std::string& after);

}  // namespace socready::store
