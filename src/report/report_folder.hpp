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
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace socready::report {

inline constexpr const char* manifest_name = ".socready-pages";

// A page is made only when it is written, on whichever core writes it, and let go once it is on
// disk: a large portfolio's pages are never all in memory at once.
struct Page {
  std::filesystem::path relative;  // checked: relative, inside the folder
  std::function<std::string()> content;
};

// Throws InputError (exit 2), before anything is written, when `folder` or a folder on the way
// to a page inside it is a symbolic link, or a page's place is taken by a link or a folder;
// FileWriteError (exit 3) when the disk is full. What a page's `content` throws leaves the
// previous folder as it was too (of several, the first page's error, as a plain loop would).
void replace_report_folder(const std::filesystem::path& folder, const std::vector<Page>& pages);

}  // namespace socready::report
