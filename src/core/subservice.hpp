#pragma once
// A subservice organisation (SPEC §2, §4a): a vendor whose controls a service relies on, with
// its own SOC report, its bridge letter and the complementary subservice organisation controls
// (CSOCs) it is expected to operate.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"

namespace socready {

enum class SubserviceMethod : std::uint8_t { carve_out, inclusive };
enum class Opinion : std::uint8_t { unmodified, qualified, adverse, disclaimer };

// The spellings of SPEC §7 ("carve-out", "qualified"); parsing also takes "carve_out" and any
// case.
std::string_view name(SubserviceMethod m);
std::string_view name(Opinion o);
std::optional<SubserviceMethod> parse_method(std::string_view text);
std::optional<Opinion> parse_opinion(std::string_view text);

// The vendor's own SOC report, as the company holds it.
struct VendorReport {
  Framework framework = Framework::soc2;
  ReportType type = ReportType::type2;
  Date period_start;
  Date period_end;
  Opinion opinion = Opinion::unmodified;

  bool operator==(const VendorReport&) const = default;
};

struct Subservice {
  std::string key;  // vendor id
  std::string name;
  bool all_services = false;
  std::vector<std::string> services;  // slugs, sorted; empty when all_services
  SubserviceMethod method = SubserviceMethod::carve_out;
  std::optional<VendorReport> report;        // none on file
  std::optional<Date> bridge_letter_until;   // unaudited cover after the report's period
  std::vector<std::string> csoc_criteria;    // SOC 2 codes the vendor meets alone, sorted
  std::vector<std::string> csoc_objectives;  // SOC 1 codes, sorted
  std::string csoc_description;
  std::string monitored_by;  // the company's control that reviews the vendor; blank: none named
  Date valid_from;           // the version's first day (not part of its content)

  bool supports(const std::string& service_slug) const;
  // Same content: the version's date does not count.
  bool same_content(const Subservice& o) const;
};

}  // namespace socready
