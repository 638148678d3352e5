#pragma once
// The reference data an import validates against, loaded once per import: services and the
// requirement catalog, with the candidates for "did you mean" suggestions.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.hpp"
#include "import/record_spec.hpp"
#include "store/database.hpp"

namespace socready::import {

// Hash tables looked up by string_view without building a string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class T>
using StringTable = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

struct Lookups {
  struct RequirementRef {
    std::int64_t id = 0;
    Framework framework = Framework::soc2;
  };
  StringTable<std::int64_t> services;
  StringTable<RequirementRef> requirements;
  std::vector<std::string> service_slugs;       // sorted
  std::vector<std::string> criteria;            // SOC 2 codes
  std::vector<std::string> objectives;          // SOC 1 codes
  std::vector<std::string> default_objectives;  // in every SOC 1 service's scope (SPEC §2)
  std::vector<Capability> capabilities;         // the user's own (core/capabilities.hpp)
  std::vector<std::string> capability_names;    // built-in and the user's, for suggestions

  static Lookups load(store::Database& db);
  // The user's capabilities, and the names a mistyped capability is compared with.
  void set_capabilities(std::vector<Capability> user);

  // Resolves a `;` list of requirement codes of `framework`, reporting each bad item on the
  // cell. Returns ids sorted ascending; `codes` gets the canonical codes.
  std::vector<std::int64_t> requirements_of(std::string_view list, Framework framework,
                                            const Cell& cell,
                                            std::vector<std::string>* codes = nullptr) const;
  std::optional<std::int64_t> service(std::string_view slug, const Cell& cell) const;
  bool is_default_objective(std::string_view code) const;
};

// did_you_mean() over the given candidates: "; did you mean 'X'?" or "".
std::string suggestion(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace socready::import
