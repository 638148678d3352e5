#pragma once
// The files of an OSCAL export: catalog.json, then per service
// component-definitions/SERVICE.json and assessment-results/SERVICE.json.

#include <filesystem>
#include <string>
#include <vector>

#include "oscal/common.hpp"

namespace socready::oscal {

struct File {
  std::string relative_path;
  std::string content;  // JSON, two-space indented, ending in a newline
};

// Deterministic: the same snapshot gives the same files, byte for byte.
std::vector<File> oscal_files(const Snapshot& s);

// Writes each file under `dir` atomically, creating the folders.
void write_files(const std::vector<File>& files, const std::filesystem::path& dir);

}  // namespace socready::oscal
