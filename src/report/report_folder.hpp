#pragma once
// A period's report folder, replaced whole: the pages are written into a fresh folder beside
// it, the files there that socready did not write (a user's notes) are carried over, and the
// fresh folder is swapped in with one rename. A failed run (disk full, a refused path) leaves
// the previous report as it was; a page socready wrote before and no longer writes is gone
// with the old folder; nothing else is ever deleted.
//
// Which pages are socready's is recorded in the folder's manifest, `.socready-pages`, one
// relative path a line. A folder without one (written by an older socready) counts as
// socready's only the pages this run writes.

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace socready::report {

inline constexpr const char* manifest_name = ".socready-pages";

struct Page {
  std::filesystem::path relative;  // checked: relative, inside the folder
  const std::string* content;
};

// Throws InputError (exit 2), before anything is written, when `folder` or a folder on the way
// to a page inside it is a symbolic link, or a page's place is taken by a link or a folder;
// FileWriteError (exit 3) when the disk is full.
void replace_report_folder(const std::filesystem::path& folder, const std::vector<Page>& pages);

}  // namespace socready::report
