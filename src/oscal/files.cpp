#include "oscal/files.hpp"

#include "core/atomic_file.hpp"
#include "oscal/assessment_results.hpp"
#include "oscal/catalog.hpp"
#include "oscal/component_definition.hpp"
#include "report/file_names.hpp"

namespace socready::oscal {

namespace fs = std::filesystem;

std::vector<File> oscal_files(const Snapshot& s) {
  const auto text = [](const Json& j) { return j.dump(2) + "\n"; };
  std::vector<File> files{{"catalog.json", text(catalog(s))}};
  // The report's file names: slugs made safe, unique even when two slugs map to one name.
  const auto paths = report::service_file_paths(s.services);
  for (std::size_t i = 0; i < s.services.size(); ++i) {
    const std::string stem = fs::path(paths[i]).stem().string();
    files.push_back({"component-definitions/" + stem + ".json",
                     text(component_definition(s, s.services[i], "../catalog.json"))});
    files.push_back(
        {"assessment-results/" + stem + ".json", text(assessment_results(s, s.services[i]))});
  }
  return files;
}

void write_files(const std::vector<File>& files, const fs::path& dir) {
  for (const auto& f : files) {
    const fs::path target = dir / f.relative_path;
    fs::create_directories(target.parent_path());
    write_file_atomically(target, [&](std::ostream& out) { out << f.content; });
  }
}

}  // namespace socready::oscal
