#pragma once
// Reading rows through the record specs needs no database: the reference data is a plain value.

#include <gtest/gtest.h>

#include <span>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "import/lookups.hpp"
#include "import/record_spec.hpp"
#include "import/spec_reading.hpp"

namespace socready::import::testing {

inline Lookups small_lookups() {
  Lookups l;
  l.services.emplace("payroll", 1);
  l.services.emplace("insights", 2);
  l.service_slugs = {"insights", "payroll"};
  l.requirements.emplace("CC6.1", Lookups::RequirementRef{10, Framework::soc2});
  l.requirements.emplace("CC7.2", Lookups::RequirementRef{11, Framework::soc2});
  l.requirements.emplace("CO1", Lookups::RequirementRef{20, Framework::soc1});
  l.requirements.emplace("CO2", Lookups::RequirementRef{21, Framework::soc1});
  l.criteria = {"CC6.1", "CC7.2"};
  l.objectives = {"CO1", "CO2"};
  l.set_capabilities({{"fleet-telematics", false, true, "Vehicle positions"}});
  return l;
}

// A row in spec order, blank where `cells` is short.
template <std::size_t N>
std::array<std::string_view, N> row(std::initializer_list<std::string_view> cells) {
  std::array<std::string_view, N> out{};
  std::size_t i = 0;
  for (auto c : cells) out[i++] = c;
  return out;
}

// A row of one entity read into `record`, its problems in `findings`.
template <typename Record, std::size_t N,
          bool (*Read)(std::span<const std::string_view>, const ReadContext&, Record&, Findings&)>
class ReadTest : public ::testing::Test {
 protected:
  Lookups lookups = small_lookups();
  ReadContext context{&lookups, *Date::parse("2026-11-26")};
  Findings findings;
  Record record;

  bool read(std::initializer_list<std::string_view> cells) {
    return Read(row<N>(cells), context, record, findings);
  }
};

inline std::vector<std::string> messages(const Findings& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.message);
  return out;
}

}  // namespace socready::import::testing
