#include "report/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <numeric>
#include <set>

#include "core/error.hpp"
#include "core/parallel.hpp"
#include "report/file_names.hpp"
#include "report/owners_report.hpp"
#include "report/portfolio_report.hpp"
#include "report/report_folder.hpp"
#include "report/service_report.hpp"
#include "report/system_report.hpp"

namespace socready::report {

namespace fs = std::filesystem;

std::vector<ReportFile> render_reports(const ReportInput& input) {
  // Every page is named first, then rendered into its own slot on every core: the pages do not
  // depend on each other. The owners page, the longest, is among the first to start.
  struct PageJob {
    std::string path;
    std::function<std::string()> render;
  };
  std::vector<PageJob> pages{{"README.md", [&] { return render_portfolio(input); }},
                             {"owners.md", [&] { return render_owners(input); }}};
  const auto paths = service_file_paths(input.services);
  std::vector<std::size_t> order(input.services.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return paths[a] < paths[b]; });
  for (std::size_t i : order)
    pages.push_back({paths[i], [&, i] { return render_service(input, input.services[i]); }});
  for (const auto& s : input.systems)
    pages.push_back({system_file_path(s.system.key), [&] { return render_system(input, s); }});

  std::vector<ReportFile> files(pages.size());
  parallel_for(pages.size(), [&](std::size_t i) {
    files[i] = {pages[i].path,
                with_context("while rendering the report page " + pages[i].path, pages[i].render)};
  });
  return files;
}

namespace {

// Absolute and normalised, without the empty last element a trailing '/' leaves.
fs::path normalised(const fs::path& p) {
  fs::path n = fs::absolute(p).lexically_normal();
  if (!n.has_filename() && n != n.root_path()) n = n.parent_path();
  return n;
}

// Whether `p` lies within `root`, compared element by element (so "/out-2" is not in "/out").
bool within(const fs::path& p, const fs::path& root) {
  const fs::path a = normalised(p), r = normalised(root);
  return std::mismatch(r.begin(), r.end(), a.begin(), a.end()).first == r.end();
}

fs::path checked_relative(const std::string& relative, const fs::path& out_dir) {
  const fs::path p(relative);
  auto refuse = [&](std::string_view why) {
    return InputError(fmt::format("refusing to write report file '{}': {}", relative, why));
  };
  if (relative.empty() || p.filename().empty()) throw refuse("not a file name");
  if (p.is_absolute() || p.has_root_name() || p.has_root_directory())
    throw refuse("the path is absolute");
  for (const auto& part : p)
    if (part == "..") throw refuse("the path leaves the output folder");
  if (!within(out_dir / p, out_dir)) throw refuse("the path leaves the output folder");
  return p.lexically_normal();
}

}  // namespace

void write_reports(const std::vector<ReportFile>& files, const fs::path& out_dir) {
  // Every path is checked before the first byte is written, so a bad one leaves no half report.
  std::set<fs::path> written;
  std::vector<fs::path> relative;
  for (const auto& f : files) {
    fs::path p = checked_relative(f.relative_path, out_dir);
    if (!written.insert(p).second)
      throw InputError(fmt::format("report file '{}' is listed twice", f.relative_path));
    relative.push_back(std::move(p));
  }
  std::vector<Page> pages;
  for (std::size_t i = 0; i < files.size(); ++i) pages.push_back({relative[i], &files[i].content});
  replace_report_folder(normalised(out_dir), pages);
}

}  // namespace socready::report
