#include "scoring/applicability.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace socready::scoring {

namespace {

// SPEC §3's capability lists. Capabilities arrive sorted and lower case (see Service).
constexpr std::string_view financial_capabilities[] = {"accounting",     "billing",   "erp",
                                                       "financial-data", "invoicing", "payroll"};
constexpr std::string_view data_capabilities[] = {
    "analytics", "api",  "cloud-infrastructure", "crm", "customer-data",
    "hr",        "saas", "time-tracking"};
// The capabilities whose customers rely on complete and accurate processing (SPEC §3 names
// billing, payroll and invoicing; accounting is the same kind of work).
constexpr std::string_view transaction_capabilities[] = {"accounting", "billing", "invoicing",
                                                         "payroll"};

template <std::size_t N>
std::vector<std::string> matching(const Service& s, const std::string_view (&list)[N]) {
  std::vector<std::string> out;
  for (const auto& cap : s.capabilities)
    if (std::find(std::begin(list), std::end(list), cap) != std::end(list)) out.push_back(cap);
  return out;
}

std::string quoted_list(const std::vector<std::string>& caps) {
  std::string out;
  for (const auto& c : caps) out += (out.empty() ? "'" : ", '") + c + "'";
  return out;
}

std::string capability_phrase(const std::vector<std::string>& caps) {
  return fmt::format("{} {}", caps.size() == 1 ? "capability" : "capabilities", quoted_list(caps));
}

std::string_view yes_no(bool b) { return b ? "yes" : "no"; }

// One question after inference: its value and the rationale line that says where it came from.
struct Resolved {
  Answer value;
  std::string line;
};

Resolved resolve(std::string_view label, Answer given, const std::vector<std::string>& caps,
                 const Answer* personal_data = nullptr) {
  if (given) {
    std::string line = fmt::format("{}: {}", label, yes_no(*given));
    // Say so when a capability pointed the other way, so nobody wonders why it was ignored.
    if (!*given && !caps.empty())
      line += fmt::format(" (explicit answer wins over {})", capability_phrase(caps));
    return {given, std::move(line)};
  }
  if (personal_data && *personal_data == true)
    return {true, fmt::format("{}: inferred yes from fact 'personal data: yes'", label)};
  if (!caps.empty())
    return {true, fmt::format("{}: inferred yes from {}", label, capability_phrase(caps))};
  return {std::nullopt, fmt::format("{}: unknown", label)};
}

FrameworkDecision decide(Override override, const std::string& reason, const Resolved& a,
                         const Resolved& b) {
  FrameworkDecision d;
  if (override != Override::none) {
    d.applies = override == Override::required;
    d.rationale.push_back(fmt::format("Override: {} — {}", name(override),
                                      reason.empty() ? "no reason given" : reason));
    return d;
  }
  d.applies = a.value == true || b.value == true;
  d.rationale = {a.line, b.line};
  return d;
}

std::vector<CategoryScope> soc2_categories(const Service& s) {
  std::vector<CategoryScope> out;
  if (s.soc2_categories) {
    for (Category c : all_categories) {
      bool listed = std::find(s.soc2_categories->begin(), s.soc2_categories->end(), c) !=
                    s.soc2_categories->end();
      if (listed)
        out.push_back({c, "set explicitly"});
      else if (c == Category::security)
        out.push_back({c, "always in scope"});
    }
    return out;
  }
  out.push_back({Category::security, "always in scope"});
  if (s.availability_commitment == true)
    out.push_back(
        {Category::availability, "the service commits to uptime (availability commitment: yes)"});
  if (s.processes_transactions == true) {
    out.push_back(
        {Category::processing_integrity,
         "customers rely on complete and accurate processing (processes transactions: yes)"});
  } else if (!s.processes_transactions) {
    auto caps = matching(s, transaction_capabilities);
    if (!caps.empty())
      out.push_back({Category::processing_integrity,
                     fmt::format("processes transactions unknown; inferred from {}",
                                 capability_phrase(caps))});
  }
  if (s.confidential_data == true)
    out.push_back({Category::confidentiality,
                   "it holds information designated confidential (confidential data: yes)"});
  if (s.personal_data == true)
    out.push_back({Category::privacy, "it handles personal information (personal data: yes)"});
  return out;
}

std::vector<std::string> soc1_objectives(const Service& s, std::span<const Requirement> catalog) {
  std::vector<std::string> out;
  for (const auto& r : catalog) {
    if (r.framework != Framework::soc1) continue;
    bool named = std::find(s.soc1_objectives.begin(), s.soc1_objectives.end(), r.code) !=
                 s.soc1_objectives.end();
    if (r.is_default || named) out.push_back(r.code);
  }
  return out;
}

}  // namespace

ApplicabilityResult decide_applicability(const Service& s, std::span<const Requirement> catalog) {
  const Resolved q1 = resolve("Affects customers' financial reporting",
                              s.affects_financial_reporting, matching(s, financial_capabilities));
  const Resolved q2 =
      resolve("Handles personal data or customer information", s.handles_customer_data,
              matching(s, data_capabilities), &s.personal_data);
  const Resolved q3 = resolve("Customers ask about security and privacy (not accounting)",
                              s.clients_ask_security, {});
  const Resolved q4 = resolve("Customers ask about Sarbanes-Oxley or financial audit requirements",
                              s.clients_ask_sox, {});

  ApplicabilityResult r;
  r.soc1 = decide(s.soc1, s.override_reason, q1, q4);
  r.soc2 = decide(s.soc2, s.override_reason, q2, q3);
  const std::pair<const Resolved*, std::string_view> questions[] = {
      {&q1, question_financial_reporting},
      {&q2, question_customer_data},
      {&q3, question_security},
      {&q4, question_sox}};
  for (const auto& [q, text] : questions)
    if (!q->value) r.unknowns.emplace_back(text);
  r.verdict = r.soc1.applies && r.soc2.applies ? "SOC 1 + SOC 2"
              : r.soc1.applies                 ? "SOC 1"
              : r.soc2.applies                 ? "SOC 2"
                                               : "None indicated";
  r.soc2_categories = soc2_categories(s);
  r.soc1_objectives = soc1_objectives(s, catalog);
  return r;
}

}  // namespace socready::scoring
