#include <fmt/format.h>
#include <gtest/gtest.h>

#include "oscal/uuid.hpp"

namespace socready::oscal {
namespace {

std::string hex(const std::array<std::uint8_t, 20>& d) {
  std::string out;
  for (auto b : d) out += fmt::format("{:02x}", b);
  return out;
}

TEST(Sha1, KnownDigests) {
  // FIPS 180 examples, including one that needs a second padding block.
  EXPECT_EQ(hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST(UuidV5, MatchesRfc4122Examples) {
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
  EXPECT_EQ(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"),
            "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  const std::string u = uuid_v5(socready_namespace, "2026-Q4/catalog");
  EXPECT_EQ(u, "b128e9a6-a218-5309-a0d6-92d88c184b73");
  EXPECT_EQ(u[14], '5');  // version
  EXPECT_NE(uuid_v5(socready_namespace, "2026-Q3/catalog"), u);
}

TEST(UuidV5, RefusesANamespaceThatIsNotAUuid) {
  EXPECT_THROW(uuid_v5("not-a-uuid", "x"), std::invalid_argument);
}

}  // namespace
}  // namespace socready::oscal
