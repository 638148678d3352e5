#pragma once
// The audit trail, read back: every change to SOC 1 objectives, services, controls, evidence,
// tests, populations and the versioned entities (CUECs, subservice organisations, systems), with
// the import (when, which command and file) that made it and the values before and after.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "store/database.hpp"

namespace socready::store {

// In the order a revision's changes are listed: what others refer to first.
enum class AuditEntity : std::uint8_t {
  objective,
  service,
  control,
  evidence,
  test,
  population,
  cuec,
  subservice,
  system
};
enum class AuditAction : std::uint8_t { added, changed, corrected, reinstated, retired };

std::string_view name(AuditEntity e);  // "service", "control", ..., as `log` prints them
std::string_view name(AuditAction a);  // "added", "changed", ...

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
  AuditEntity entity = AuditEntity::control;
  std::string key;  // slug, control id, CUEC id or vendor id
  AuditAction action = AuditAction::added;
  std::string detail;                // for dated records: what was recorded
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
