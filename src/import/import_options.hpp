#pragma once
// What every import takes and what it reports.

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace socready::import {

struct Source {
  std::istream& in;
  std::string name;              // as the user gave it, for messages
  std::uint64_t size_bytes = 0;  // for the progress percentage; 0 when unknown
};

// What a file holds; its name is the import command's word and the revision's kind.
enum class Entity {
  services,
  controls,
  evidence,
  tests,
  populations,
  capabilities,
  cuecs,
  subservice,
  systems
};
std::string_view name(Entity e);

struct ImportOptions {
  Date effective;  // the revision's date: new control versions are valid from it
  Date today;      // records may not be dated after it
  bool dry_run = false;
  bool replace = false;  // controls, CUECs, vendors, systems: retire those missing from the file
  std::string command;   // the command line, for the audit trail
};

struct ImportSummary {
  Entity kind = Entity::controls;
  std::string file;
  Date effective;
  bool dry_run = false;
  std::uint64_t rows = 0;
  std::int64_t added = 0;
  std::int64_t changed = 0;
  std::int64_t unchanged = 0;
  std::int64_t retired = 0;
  std::int64_t skipped = 0;  // evidence/tests already on file; populations listed twice
  // Records that a controls inventory brought with it.
  std::int64_t evidence_added = 0;
  std::int64_t tests_added = 0;
  std::int64_t product_lines_added = 0;
};

// One line a person reads after an import: "controls.csv: 3 added, 1 changed, ...".
std::string describe(const ImportSummary& s);

}  // namespace socready::import
