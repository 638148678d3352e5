#pragma once
// The reference data an import validates against, loaded once per import: services and the
// requirement catalog, with the candidates for "did you mean" suggestions.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "import/problems.hpp"
#include "store/database.hpp"

namespace socready::import {

struct Lookups {
  struct RequirementRef {
    std::int64_t id = 0;
    Framework framework = Framework::soc2;
  };
  std::map<std::string, std::int64_t, std::less<>> services;
  std::map<std::string, RequirementRef, std::less<>> requirements;
  std::vector<std::string> service_slugs;
  std::vector<std::string> criteria;    // SOC 2 codes
  std::vector<std::string> objectives;  // SOC 1 codes

  static Lookups load(store::Database& db);

  // Resolves a `;` list of requirement codes of `framework`, reporting each bad item at
  // `where`. Returns ids sorted ascending; `codes` gets the canonical codes.
  std::vector<std::int64_t> requirements_of(std::string_view list, Framework framework,
                                            const char* column, const Location& where,
                                            Problems& problems,
                                            std::vector<std::string>* codes = nullptr) const;
  std::optional<std::int64_t> service(std::string_view slug, const Location& where,
                                      Problems& problems) const;
};

// " did you mean 'X'?" or "" — for the end of an error message.
std::string suggestion(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace socready::import
