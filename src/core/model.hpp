#pragma once
// The domain of SPEC §2 as plain values: no SQL, no I/O. The store fills them, the scorer and
// reporter read them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace socready {

enum class Framework : std::uint8_t { soc1, soc2 };
enum class ReportType : std::uint8_t { type1, type2 };
enum class Status : std::uint8_t { implemented, partial, planned, not_applicable };
enum class Frequency : std::uint8_t {
  continuous,
  daily,
  weekly,
  monthly,
  quarterly,
  semiannual,
  annual,
  event
};
enum class TestResult : std::uint8_t { pass, fail, exception };
// Automated: configured logic that behaves the same every time (tested once). A scheduled job
// whose runs can fail, such as a backup, is manual (SPEC §4).
enum class Nature : std::uint8_t { manual, automated };
enum class Category : std::uint8_t {
  security,
  availability,
  processing_integrity,
  confidentiality,
  privacy
};
// Every category, in the enum's order.
inline constexpr Category all_categories[] = {Category::security, Category::availability,
                                              Category::processing_integrity,
                                              Category::confidentiality, Category::privacy};
enum class Override : std::uint8_t { none, required, excluded };
// Whose duty notice and consent are (SPEC §3): a processor's customers are the controllers.
enum class PrivacyRole : std::uint8_t { controller, processor };

// Canonical spellings, as stored and as written in CSV and JSON.
std::string_view name(Framework f);    // "SOC1", "SOC2"
std::string_view label(Framework f);   // "SOC 1", "SOC 2"
std::string_view name(ReportType t);   // "I", "II"
std::string_view name(Status s);       // "implemented", ...
std::string_view name(Frequency f);    // "monthly", ...
std::string_view name(TestResult r);   // "pass", ...
std::string_view name(Nature n);       // "manual", "automated"
std::string_view name(Category c);     // "Security", "Processing Integrity", ...
std::string_view name(Override o);     // "", "required", "excluded"
std::string_view name(PrivacyRole r);  // "controller", "processor"

// Exact canonical names only; friendlier spellings are the importer's business.
std::optional<Framework> parse_framework(std::string_view s);     // "soc1"/"SOC1"/"soc2"/"SOC2"
std::optional<ReportType> parse_report_type(std::string_view s);  // "I"/"II"/"1"/"2"
std::optional<Status> parse_status(std::string_view s);
std::optional<Frequency> parse_frequency(std::string_view s);
std::optional<TestResult> parse_test_result(std::string_view s);
std::optional<Nature> parse_nature(std::string_view s);
std::optional<Category> parse_category(std::string_view s);  // "Security", "processing integrity"
std::optional<Override> parse_override(std::string_view s);
std::optional<PrivacyRole> parse_privacy_role(std::string_view s);

// A yes/no/unknown answer.
using Answer = std::optional<bool>;

struct ProductLine {
  std::string slug;
  std::string name;
};

struct Service {
  std::string slug;
  std::string name;
  std::string product_line;  // the product line's name; empty when none
  std::string description;
  // The four questions of SPEC §3.
  Answer affects_financial_reporting;
  Answer handles_customer_data;
  Answer clients_ask_security;
  Answer clients_ask_sox;
  std::vector<std::string> capabilities;  // sorted, lower case
  // Facts that decide the SOC 2 categories.
  Answer availability_commitment;
  Answer processes_transactions;
  Answer confidential_data;
  Answer personal_data;
  std::optional<PrivacyRole> privacy_role;  // unknown when blank
  Override soc1 = Override::none;
  Override soc2 = Override::none;
  std::string override_reason;
  std::optional<std::vector<Category>> soc2_categories;  // explicit list, when set
  std::vector<std::string> soc1_objectives;              // objectives named beyond the defaults
  // Objectives of its scope (defaults or named) the service leaves out, in catalog order, and
  // why (SPEC §3): shown in reports, never scored.
  std::vector<std::string> soc1_objectives_excluded;
  std::string soc1_exclusion_reason;
  // The first day these facts hold (SPEC §2, "Time"): services are versioned like controls.
  // Not part of the facts themselves.
  Date valid_from;

  friend bool operator==(const Service&, const Service&) = default;
  // Same facts: the version's date does not count.
  bool same_content(const Service& other) const {
    Service dated = other;
    dated.valid_from = valid_from;
    return *this == dated;
  }
};

// A word of the capability vocabulary (SPEC §3) and the questions it answers yes when they are
// unanswered: 1 (financial reporting), 2 (customer data), both, or neither.
struct Capability {
  std::string name;  // canonical: lower case, words joined by '-'
  bool financial_reporting = false;
  bool customer_data = false;
  std::string description;

  friend bool operator==(const Capability&, const Capability&) = default;
};

// How a requirement reads, in the catalog and in its score (scoring/result.hpp).
struct RequirementText {
  std::string code;      // "CC6.1", "ITGC-ACCESS"
  std::string category;  // "Security", ..., "IT general controls", "Business processes"
  std::string series;    // "CC6", "A1", "ITGC", "BP"
  std::string series_title;
  std::string title;
};

struct Requirement : RequirementText {
  Framework framework = Framework::soc2;
  bool is_default = false;  // SOC 1 objective in every SOC 1 service's scope
};

// What a control is, as a version says it and its score (scoring/result.hpp) repeats it.
struct ControlProfile {
  std::string title;
  std::string owner;
  Status status = Status::planned;
  std::optional<Frequency> frequency;
  Nature nature = Nature::manual;
  // A key control: a requirement never scores above it unless a control declared to compensate
  // it scores 1. (A version's `key` is the user's id.)
  bool is_key = false;
  std::vector<std::string> compensates = {};  // ids of key controls this one compensates, sorted
  std::optional<Date> implemented_on;

  friend bool operator==(const ControlProfile&, const ControlProfile&) = default;
};

// What a control version says of the control, as the file gives it: what a new version is made of
// on import (store/control_rows.hpp) and what one on file is read back as.
struct ControlContent : ControlProfile {
  std::string description;
  bool all_services = false;

  friend bool operator==(const ControlContent&, const ControlContent&) = default;
};

// One version of a control: its content from `valid_from` until `valid_to` (exclusive).
struct ControlVersion : ControlContent {
  std::string key;                        // the user's id, "AC-01"
  std::vector<std::string> services;      // slugs, sorted; empty when all_services
  std::vector<std::string> requirements;  // codes, sorted
  Date valid_from;
  std::optional<Date> valid_to;

  friend bool operator==(const ControlVersion&, const ControlVersion&) = default;
};

struct EvidenceRecord {
  std::string control_key;
  Date collected_on;
  std::string description;
  std::string location;
};

struct TestRecord {
  std::string control_key;
  Date tested_on;
  TestResult result = TestResult::pass;
  std::string tester;
  std::string notes;
  // Optional, and initialised here so that a record built from the first five fields is whole.
  std::optional<int> sample_size = std::nullopt;  // instances tested
  std::optional<int> deviations = std::nullopt;   // instances that failed; > 0: a deviation
  std::string management_response = {};
  std::optional<Date> remediated_on = std::nullopt;
};

// How many times an event-driven control's trigger occurred from period_start to period_end
// (both included), so that Type II knows how many instances need evidence.
struct PopulationRecord {
  std::string control_key;
  Date period_start;
  Date period_end;
  int count = 0;
};

}  // namespace socready
