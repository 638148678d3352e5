#pragma once
// Lists of codes stored in one column as the sorted codes joined by ';' (`compensates`, a CUEC's
// services and requirements): codes that are never renamed, named as the file names them.

#include <string>
#include <string_view>
#include <vector>

namespace socready::store {

inline std::string joined_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ';';
    out += id;
  }
  return out;
}

inline std::vector<std::string> split_ids(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const auto end = text.find(';');
    out.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

}  // namespace socready::store
