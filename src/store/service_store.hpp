#pragma once
// All SQL about product lines and services.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "store/database.hpp"

namespace socready::store {

// Every service, ordered by product line name then slug (services without a line last).
std::vector<Service> load_services(Database& db);

// slug -> row id, for resolving links during an import.
std::map<std::string, std::int64_t, std::less<>> service_ids(Database& db);
// requirement code -> row id.
std::map<std::string, std::int64_t, std::less<>> requirement_ids(Database& db);

std::vector<ProductLine> load_product_lines(Database& db);

// Creates the product line when no line has exactly its name; returns its id.
std::int64_t ensure_product_line(Database& db, const ProductLine& line);

// Inserts or updates a service (and its capabilities, categories and objectives).
void save_service(Database& db, const Service& service, std::int64_t product_line_id,
                  const std::map<std::string, std::int64_t, std::less<>>& objective_ids);

// Records a service's change in the audit trail: the service as JSON before (empty when it was
// added) and after.
void record_service_change(Database& db, std::int64_t revision_id, const std::string& slug,
                           const std::string& before, const std::string& after);

}  // namespace socready::store
