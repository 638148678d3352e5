#include "report/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>
#include <system_error>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "report/file_names.hpp"
#include "report/owners_report.hpp"
#include "report/portfolio_report.hpp"
#include "report/service_report.hpp"

namespace socready::report {

namespace fs = std::filesystem;

std::vector<ReportFile> render_reports(const ReportInput& input) {
  std::vector<ReportFile> files{
      {"README.md", with_context("while rendering the report page README.md",
                                 [&] { return render_portfolio(input); })},
      {"owners.md", with_context("while rendering the report page owners.md",
                                 [&] { return render_owners(input); })}};
  const auto paths = service_file_paths(input.services);
  std::vector<std::size_t> order(input.services.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return paths[a] < paths[b]; });
  for (std::size_t i : order)
    files.push_back({paths[i], with_context("while rendering the report page " + paths[i], [&] {
                       return render_service(input, input.services[i]);
                     })});
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

// After the folders exist: a symbolic link inside out_dir must not lead outside it.
void check_resolved(const fs::path& target, const fs::path& root) {
  const fs::path parent = fs::weakly_canonical(target.parent_path());
  if (!within(parent, fs::weakly_canonical(root)))
    throw InputError(fmt::format("refusing to write '{}': its folder resolves outside '{}'",
                                 target.string(), root.string()));
}

// A folder that cannot be made or read is the output path's problem: exit 2, naming the path.
template <typename F>
void filesystem_errors_as_input(F&& f) {
  try {
    f();
  } catch (const fs::filesystem_error& e) {
    throw InputError(Location{e.path1().string(), 0, 0}, e.code().message());
  }
}

void remove_stale_service_files(const std::set<fs::path>& written, const fs::path& out_dir) {
  const fs::path dir = out_dir / "services";
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec))) return;
  std::vector<fs::path> stale;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path& p = entry.path();
    if (p.extension() != ".md" || !entry.is_regular_file()) continue;
    if (!written.count(fs::path("services") / p.filename())) stale.push_back(p);
  }
  for (const auto& p : stale) fs::remove(p);
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
  for (std::size_t i = 0; i < files.size(); ++i) {
    with_context("while writing the report page " + files[i].relative_path, [&] {
      filesystem_errors_as_input([&] {
        const fs::path target = out_dir / relative[i];
        fs::create_directories(target.parent_path());
        check_resolved(target, out_dir);
        write_file_atomically(target, [&](std::ostream& out) {
          out.write(files[i].content.data(), static_cast<std::streamsize>(files[i].content.size()));
        });
      });
    });
  }
  with_context("while removing the pages of services no longer on file", [&] {
    filesystem_errors_as_input([&] { remove_stale_service_files(written, out_dir); });
  });
}

}  // namespace socready::report
