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

namespace {

struct PageJob {
  std::string path;
  std::function<std::string()> render;
};

// What several pages derive from the same results, made once for the report.
struct SharedParts {
  std::vector<ServiceLists> lists;
  DeviationCells cells;

  explicit SharedParts(const ReportInput& input)
      : lists(service_lists(input.services, input.as_of)) {}
};

// Every page named, in the order render_reports lists them, with how to render it. The owners
// page, the longest, comes early so that it starts first.
std::vector<PageJob> page_jobs(const ReportInput& input, SharedParts& shared) {
  std::vector<PageJob> pages{{"README.md", [&] { return render_portfolio(input); }},
                             {"owners.md", [&] { return render_owners(input, shared.lists); }}};
  const auto paths = service_file_paths(input.services);
  std::vector<std::size_t> order(input.services.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return paths[a] < paths[b]; });
  for (std::size_t i : order)
    pages.push_back({paths[i], [&, i] {
                       return render_service(input, input.services[i], shared.lists[i],
                                             shared.cells);
                     }});
  for (const auto& s : input.systems)
    pages.push_back({system_file_path(s.system.key), [&] { return render_system(input, s); }});
  return pages;
}

std::string rendered(const PageJob& page) {
  return with_context("while rendering the report page " + page.path, page.render);
}

}  // namespace

std::vector<ReportFile> render_reports(const ReportInput& input) {
  // The pages do not depend on each other: each is rendered into its own slot on every core.
  SharedParts shared(input);
  const auto pages = page_jobs(input, shared);
  std::vector<ReportFile> files(pages.size());
  parallel_for(pages.size(), [&](std::size_t i) {
    files[i] = {pages[i].path, rendered(pages[i])};
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

// Every path is checked before the first byte is written, so a bad one leaves no half report.
template <typename Item, typename PathOf, typename ContentOf>
std::vector<Page> checked_pages(const std::vector<Item>& items, const fs::path& out_dir,
                                PathOf path_of, ContentOf content_of) {
  std::set<fs::path> written;
  std::vector<Page> pages;
  for (const Item& item : items) {
    const std::string& path = path_of(item);
    fs::path p = checked_relative(path, out_dir);
    if (!written.insert(p).second)
      throw InputError(fmt::format("report file '{}' is listed twice", path));
    pages.push_back({std::move(p), [&item, content_of] { return content_of(item); }});
  }
  return pages;
}

}  // namespace

void write_reports(const std::vector<ReportFile>& files, const fs::path& out_dir) {
  replace_report_folder(
      normalised(out_dir),
      checked_pages(
          files, out_dir, [](const ReportFile& f) -> const std::string& { return f.relative_path; },
          [](const ReportFile& f) { return f.content; }));
}

std::size_t render_reports_into(const ReportInput& input, const fs::path& out_dir) {
  SharedParts shared(input);
  const auto jobs = page_jobs(input, shared);
  replace_report_folder(
      normalised(out_dir),
      checked_pages(
          jobs, out_dir, [](const PageJob& job) -> const std::string& { return job.path; },
          rendered));
  return jobs.size();
}

}  // namespace socready::report
