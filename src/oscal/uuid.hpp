#pragma once
// Name-based (version 5, SHA-1) UUIDs of RFC 4122: the same name always gives the same UUID, so
// two OSCAL exports of one snapshot are identical byte for byte.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace socready::oscal {

// The SHA-1 digest of `data` (FIPS 180-4). Only for UUIDs: not a security primitive here.
std::array<std::uint8_t, 20> sha1(std::string_view data);

// The version 5 UUID of `name` in `name_space` (a UUID in its 8-4-4-4-12 text form), lower case.
std::string uuid_v5(std::string_view name_space, std::string_view name);

// The namespace of every UUID socready writes; fixed forever, so UUIDs stay stable across
// releases.
inline constexpr std::string_view socready_namespace = "6b1f3c0e-94d2-4a57-8e3b-2f0c5d7a9e41";

}  // namespace socready::oscal
