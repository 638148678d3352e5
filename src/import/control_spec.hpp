#pragma once
// The controls format (SPEC §7) declared once: its columns, how a row reads into a control
// record, how a record writes back out, and the fingerprint that tells a changed control.

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "import/record_spec.hpp"
#include "import/vocabulary.hpp"
#include "store/control_rows.hpp"

namespace socready::import {

// One row of a controls file: a control version plus the evidence and test it reports.
struct ControlRecord {
  std::string key;
  store::VersionRow version;  // links as row ids, for the import
  std::optional<Date> evidence_on;
  std::optional<Date> tested_on;
  TestOutcome outcome;
  // Links by name, for the export (which has names, not ids).
  std::vector<std::string> services;
  std::vector<std::string> criteria;
  std::vector<std::string> objectives;
};

extern const Spec<ControlRecord, 16> control_spec;
inline constexpr std::size_t control_title_column = 1;
inline constexpr std::size_t control_compensates_column = 11;

// Returns false when the control id is unusable and the rest was not read. The title may come
// back blank: a known control keeps the title on file, which the plan knows.
bool read_control(Cells cells, const ReadContext& context, ControlRecord& out, Findings& findings);

// A hash of the version's content. Stored with every version, so its input and order are fixed:
// a new versioned column appends to it (see ARCHITECTURE.md, "Adding a column").
std::int64_t fingerprint_of(const store::VersionRow& v);

}  // namespace socready::import
