#pragma once
// Titles of the requirement series for the coverage tables. A ServiceResult carries each
// requirement's series id but not the series' title, and reports must render from a frozen
// snapshot without the database, so the shipped series are named here.

#include <string>
#include <string_view>

namespace socready::report {

// "CC6" -> "Logical and physical access". A series the shipped catalog does not hold is
// described by `category`, the best name a result carries for it.
std::string series_title(std::string_view series, std::string_view category);

}  // namespace socready::report
