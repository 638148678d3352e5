#pragma once
// The capability vocabulary of SPEC §3: the built-in list, and how a name is looked up in it
// together with the user's own capabilities.

#include <span>
#include <string_view>

#include "core/model.hpp"

namespace socready {

// SPEC §3's built-in capabilities, sorted by name.
std::span<const Capability> builtin_capabilities();

// The capability named `name` (canonical spelling): the user's first, so a user may re-point a
// built-in word, else the built-in one; nullptr when neither knows it.
const Capability* find_capability(std::string_view name, std::span<const Capability> user);

}  // namespace socready
