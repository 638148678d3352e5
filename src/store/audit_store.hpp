#pragma once
// The audit trail, read back: every change to services, controls, evidence, tests, SOC 1 objectives
// and populations, with the import (when, which command and file) that made it and the values
// before and after.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "store/database.hpp"

namespace socready::store {

struct AuditChange {
  std::string field;
  std::string before;
  std::string after;
};

struct AuditEvent {
  std::int64_t revision_id = 0;
  std::string imported_at;  // UTC timestamp of the import
  std::string command;      // the command line
  std::string source;       // the file
  Date effective;           // the import's effective date
  std::string entity;       // "service", "control", "evidence", "test", "population", "objective"
  std::string key;          // slug or control id
  std::string action;       // "added", "changed", "retired", "corrected"
  std::string detail;       // for dated records: what was recorded
  std::vector<AuditChange> changes;  // field by field; for "added", every non-empty field
};

struct AuditFilter {
  std::optional<Date> since;           // imports run on or after this day (UTC)
  std::optional<std::string> control;  // one control id
  std::optional<std::string> service;  // one service slug (its own changes and its controls')
};

// In the order the changes were made.
std::vector<AuditEvent> load_audit_trail(Database& db, const AuditFilter& filter);

}  // namespace socready::store
