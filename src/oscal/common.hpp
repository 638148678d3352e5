#pragma once
// What every OSCAL document socready writes shares: the snapshot it comes from, deterministic
// UUIDs, identifiers of requirements, metadata and properties in socready's namespace.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "scoring/result.hpp"

namespace socready::oscal {

using Json = nlohmann::ordered_json;

inline constexpr std::string_view oscal_version = "1.0.6";
// The namespace of socready's own property names (OSCAL requires one for names it does not
// define). An identifier, never fetched.
inline constexpr std::string_view property_namespace = "https://socready.dev/ns/oscal";

// A frozen period: everything the documents are made from. No clock: the dates are the
// snapshot's, so the same snapshot always gives the same bytes.
struct Snapshot {
  std::string period;  // "2026-Q4"
  Date as_of;
  int window_months = 6;
  std::string generator;  // "socready 0.1.0"
  std::vector<scoring::ServiceResult> services;
};

// The version 5 UUID of `name` within the period, e.g. uuid_for(s, "catalog").
std::string uuid_for(const Snapshot& s, std::string_view name);

// The OSCAL identifier of a requirement: "soc2-cc6.1", "soc1-itgc-access". Characters a token
// may not hold become '_'.
std::string requirement_id(Framework f, std::string_view code);

// "2026-11-20T00:00:00Z".
std::string timestamp(Date d);

// One line without leading or trailing space (OSCAL strings may not have either).
std::string one_line(std::string_view text);

// Document metadata: the title, the snapshot's date as last-modified, the period as version.
Json metadata(const Snapshot& s, const std::string& title);

// Appends a property in socready's namespace; an empty value is left out, as OSCAL refuses it.
void add_prop(Json& props, std::string_view name, std::string_view value);

// The requirements of a framework that the service's applicable report has in scope, from the
// Type I results (Type II has the same requirements).
const std::vector<scoring::RequirementScore>& requirements(const scoring::ServiceResult& s,
                                                           Framework f);

}  // namespace socready::oscal
