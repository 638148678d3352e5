#include "import/import_options.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace socready::import {

namespace {

constexpr EnumText<Entity::systems> entity_names{
    "services",     "controls", "evidence",   "tests",      "populations",
    "capabilities", "cuecs",    "subservice", "objectives", "systems"};

}  // namespace

std::string_view name(Entity e) { return entity_names.name(e); }

std::string describe(const ImportSummary& s) {
  std::string text;
  const std::string prefix = s.dry_run ? "dry run, nothing written: " : "";
  if (s.kind == Entity::controls || s.kind == Entity::cuecs || s.kind == Entity::subservice ||
      s.kind == Entity::systems) {
    text = fmt::format("{}{}{} rows: {} added, {} changed, {} unchanged, {} retired (effective {})",
                       prefix, s.file.empty() ? "" : s.file + ": ", s.rows, s.added, s.changed,
                       s.unchanged, s.retired, s.effective.iso());
    if (s.evidence_added || s.tests_added)
      text +=
          fmt::format("; {} evidence and {} test records added", s.evidence_added, s.tests_added);
  } else if (s.kind == Entity::services || s.kind == Entity::capabilities ||
             s.kind == Entity::objectives) {
    text =
        fmt::format("{}{}{} rows: {} added, {} changed, {} unchanged", prefix,
                    s.file.empty() ? "" : s.file + ": ", s.rows, s.added, s.changed, s.unchanged);
    // Only services can be retired (`--replace`); an import that retires none reads as before.
    if (s.retired) text += fmt::format(", {} retired (effective {})", s.retired, s.effective.iso());
    if (s.product_lines_added)
      text += fmt::format("; {} product lines created", s.product_lines_added);
  } else if (s.kind == Entity::populations) {
    text = fmt::format("{}{}{} rows: {} added, {} unchanged", prefix,
                       s.file.empty() ? "" : s.file + ": ", s.rows, s.added, s.unchanged);
    if (s.skipped) text += fmt::format("; {} listed twice in the file, counted once", s.skipped);
  } else {
    text = fmt::format("{}{}{} rows: {} added, {} duplicates skipped", prefix,
                       s.file.empty() ? "" : s.file + ": ", s.rows, s.added, s.skipped);
  }
  return text;
}

}  // namespace socready::import
