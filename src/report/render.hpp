#pragma once
// The period's report folder: README.md (the portfolio) and one file per service. Rendering is
// pure; the pages touch the disk only through write_reports.

#include <filesystem>
#include <string>
#include <vector>

#include "report/report_input.hpp"

namespace socready::report {

// README.md, owners.md (each owner's open work), then services/<safe_file_name(slug)>.md per
// service in slug order, then systems/<slug>.md per system in slug order. Deterministic: the same
// input gives the same files, byte for byte.
std::vector<ReportFile> render_reports(const ReportInput& input);

// Replaces the folder `out_dir` by one holding `files` and the files a user keeps there
// (report/report_folder.hpp): a page of a service that was removed does not linger, and nothing
// socready did not write is deleted. Throws InputError, before writing anything, for a path that
// is absolute, contains "..", repeats or would leave `out_dir`, and for a symbolic link on the
// way.
void write_reports(const std::vector<ReportFile>& files, const std::filesystem::path& out_dir);

// The pages render_reports makes, written into `out_dir` as write_reports writes them, each
// rendered on the core that writes it and let go once written, so rendering and writing overlap
// and a large portfolio's pages are never all in memory at once. Returns how many were written.
std::size_t render_reports_into(const ReportInput& input, const std::filesystem::path& out_dir);

}  // namespace socready::report
