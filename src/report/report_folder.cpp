#include "report/report_folder.hpp"

#include <fcntl.h>  // AT_FDCWD
#include <fmt/format.h>
#include <stdio.h>  // renameat2
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <system_error>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/parallel.hpp"

namespace socready::report {

namespace {

namespace fs = std::filesystem;

bool is_link(const fs::path& p) {
  std::error_code ec;
  return fs::is_symlink(fs::symlink_status(p, ec));
}

[[noreturn]] void refuse_link(const fs::path& p) {
  std::error_code ec;
  const auto target = fs::read_symlink(p, ec);
  const bool dangling = !fs::exists(p, ec);
  throw InputError(Location{p.string(), 0, 0},
                   fmt::format("is a symbolic link{} ({}); a report folder and the folders "
                               "in it must be real folders (remove the link)",
                               dangling ? " to nothing" : "", target.string()));
}

// The folders on the way to one page inside `folder`, and the page's own place.
void refuse_links_to(const fs::path& folder, const Page& page) {
  fs::path at = folder;
  for (const auto& part : page.relative) {
    at /= part;
    if (is_link(at)) refuse_link(at);
    std::error_code ec;
    const auto status = fs::symlink_status(at, ec);
    if (at != folder / page.relative && fs::exists(status) && !fs::is_directory(status))
      throw InputError(Location{at.string(), 0, 0},
                       "is a file where the report needs a folder (move it away)");
  }
  std::error_code ec;
  if (fs::is_directory(fs::symlink_status(folder / page.relative, ec)))
    throw InputError(Location{(folder / page.relative).string(), 0, 0},
                     "is a folder where the report writes a page");
}

// Every folder on the way to each page (and the page itself) inside `folder`, as it is now: a
// link there would send the pages, or the user's files carried over, elsewhere.
void refuse_links(const fs::path& folder, const std::vector<Page>& pages) {
  if (is_link(folder)) refuse_link(folder);
  for (const auto& page : pages)
    with_context("while writing the report page " + page.relative.generic_string(),
                 [&] { refuse_links_to(folder, page); });
}

std::set<fs::path> read_manifest(const fs::path& folder) {
  std::set<fs::path> out;
  std::ifstream in(folder / manifest_name);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.insert(fs::path(line).lexically_normal());
  return out;
}

// A new empty folder beside `folder`, under a name nobody else uses.
fs::path fresh_folder_beside(const fs::path& folder) {
  const fs::path parent = folder.has_parent_path() ? folder.parent_path() : fs::path(".");
  std::random_device random;
  for (int attempt = 0; attempt < 100; ++attempt) {
    const fs::path p =
        parent / fmt::format(".{}.new-{}-{:08x}", folder.filename().string(), ::getpid(), random());
    std::error_code ec;
    if (fs::create_directory(p, ec)) return p;
    if (ec == std::errc::no_space_on_device) throw FileWriteError(p.string(), ec.message());
    if (ec) throw InputError(Location{p.string(), 0, 0}, "cannot create: " + ec.message());
  }
  throw InputError(Location{parent.string(), 0, 0}, "cannot create a fresh report folder");
}

// Carries what is in `from` and not socready's into `to`, as hard links (the same files, not
// copies) or, for links, as links, never followed. `ours` holds paths relative to the top.
void carry_over(const fs::path& from, const fs::path& to, const fs::path& relative,
                const std::set<fs::path>& ours) {
  for (const auto& entry : fs::directory_iterator(from)) {
    const fs::path rel = relative / entry.path().filename();
    const fs::path dest = to / entry.path().filename();
    if (ours.count(rel)) continue;
    const auto status = entry.symlink_status();
    if (fs::is_symlink(status)) {
      fs::copy_symlink(entry.path(), dest);
    } else if (fs::is_directory(status)) {
      fs::create_directories(dest);
      carry_over(entry.path(), dest, rel, ours);
    } else if (!fs::exists(fs::symlink_status(dest))) {
      std::error_code ec;
      fs::create_hard_link(entry.path(), dest, ec);
      if (ec) fs::copy_file(entry.path(), dest);
    }
  }
}

// The fresh folder is ours alone until it is swapped in, and removed whole on failure: each page
// is written straight under its name.
void write_page(const fs::path& fresh, const Page& page) {
  const std::string content = page.content();
  with_context("while writing the report page " + page.relative.generic_string(),
               [&] { write_new_file(fresh / page.relative, content); });
}

// Puts `fresh` in the place of `folder`: one atomic exchange where the system has it.
void swap_in(const fs::path& fresh, const fs::path& folder) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(folder, ec))) {
    fs::rename(fresh, folder);
    return;
  }
  if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, folder.c_str(), RENAME_EXCHANGE) == 0) {
    fs::remove_all(fresh);  // now the old folder
    return;
  }
  if (errno != EINVAL && errno != ENOSYS)
    throw FileWriteError(folder.string(),
                         fmt::format("cannot swap in the new report: {}", std::strerror(errno)));
  // No exchange on this file system: two renames, the old folder kept until the new one is in.
  const fs::path old = fresh.string() + ".old";
  fs::rename(folder, old);
  fs::rename(fresh, folder);
  fs::remove_all(old);
}

// A folder that cannot be made or read is the output path's problem (exit 2, naming it); a
// full disk is the machine's (exit 3).
template <typename F>
void filesystem_errors_classified(F&& f) {
  try {
    f();
  } catch (const fs::filesystem_error& e) {
    if (e.code() == std::errc::no_space_on_device)
      throw FileWriteError(e.path1().string(), e.code().message());
    throw InputError(Location{e.path1().string(), 0, 0}, e.code().message());
  }
}

}  // namespace

void replace_report_folder(const fs::path& folder, const std::vector<Page>& pages) {
  filesystem_errors_classified([&] {
    refuse_links(folder, pages);
    if (folder.has_parent_path()) fs::create_directories(folder.parent_path());
    std::set<fs::path> ours = read_manifest(folder);
    ours.insert(manifest_name);
    std::string manifest;
    for (const auto& page : pages) {
      ours.insert(page.relative);
      manifest += page.relative.generic_string() + '\n';
    }
    const fs::path fresh = fresh_folder_beside(folder);
    try {
      std::set<fs::path> folders;
      for (const auto& page : pages) folders.insert(page.relative.parent_path());
      for (const auto& f : folders) fs::create_directories(fresh / f);
      parallel_for(pages.size(), [&](std::size_t i) { write_page(fresh, pages[i]); });
      write_new_file(fresh / manifest_name, manifest);
      if (fs::is_directory(fs::symlink_status(folder)))
        with_context("while keeping the files in " + folder.string() +
                         " that socready did not "
                         "write",
                     [&] { carry_over(folder, fresh, {}, ours); });
      swap_in(fresh, folder);
    } catch (...) {
      std::error_code ignored;
      fs::remove_all(fresh, ignored);
      throw;
    }
  });
}

}  // namespace socready::report
