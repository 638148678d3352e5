#include "import/import_options.hpp"

#include <fmt/format.h>

namespace socready::import {

std::string describe(const ImportSummary& s) {
  std::string text;
  const std::string prefix = s.dry_run ? "dry run, nothing written: " : "";
  if (s.kind == "controls") {
    text = fmt::format("{}{}{} rows: {} added, {} changed, {} unchanged, {} retired (effective {})",
                       prefix, s.file.empty() ? "" : s.file + ": ", s.rows, s.added, s.changed,
                       s.unchanged, s.retired, s.effective.iso());
    if (s.evidence_added || s.tests_added)
      text +=
          fmt::format("; {} evidence and {} test records added", s.evidence_added, s.tests_added);
  } else if (s.kind == "services") {
    text =
        fmt::format("{}{}{} rows: {} added, {} changed, {} unchanged", prefix,
                    s.file.empty() ? "" : s.file + ": ", s.rows, s.added, s.changed, s.unchanged);
    if (s.product_lines_added)
      text += fmt::format("; {} product lines created", s.product_lines_added);
  } else {
    text = fmt::format("{}{}{} rows: {} added, {} duplicates skipped", prefix,
                       s.file.empty() ? "" : s.file + ": ", s.rows, s.added, s.skipped);
  }
  return text;
}

}  // namespace socready::import
