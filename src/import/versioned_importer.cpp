#include "import/versioned_importer.hpp"

namespace socready::import::versioned {

std::string rewrites_history(std::string_view key, Date latest, Date effective) {
  return fmt::format(
      "{} has a version from {}; an import effective {} would rewrite its history (use "
      "--effective {} or later)",
      key, latest.iso(), effective.iso(), latest.iso());
}

}  // namespace socready::import::versioned
