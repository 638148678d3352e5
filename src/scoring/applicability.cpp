#include "scoring/applicability.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "core/capabilities.hpp"

namespace socready::scoring {

namespace {

// The capabilities whose customers rely on complete and accurate processing (SPEC §3).
// Capabilities arrive sorted and lower case (see Service).
constexpr std::string_view transaction_capabilities[] = {"accounting", "billing", "invoicing",
                                                         "payments", "payroll"};

std::vector<std::string> transaction_matches(const Service& s) {
  std::vector<std::string> out;
  for (const auto& cap : s.capabilities)
    if (std::find(std::begin(transaction_capabilities), std::end(transaction_capabilities), cap) !=
        std::end(transaction_capabilities))
      out.push_back(cap);
  return out;
}

// The service's capabilities pointing to question 1 (`financial`) or question 2.
std::vector<std::string> pointing(const Service& s, std::span<const Capability> user,
                                  bool financial) {
  std::vector<std::string> out;
  for (const auto& cap : s.capabilities)
    if (const Capability* c = find_capability(cap, user))
      if (financial ? c->financial_reporting : c->customer_data) out.push_back(cap);
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

// One question after inference: its value, the rationale line that says where it came from,
// and, when inferred from a capability, that capability phrase (to confirm).
struct Resolved {
  Answer value;
  std::string line;
  std::string inferred_from;
  bool explicit_no() const { return value == false; }
};

Resolved resolve(std::string_view label, Answer given, const std::vector<std::string>& caps,
                 const Answer* personal_data = nullptr) {
  if (given) {
    std::string line = fmt::format("{}: {}", label, yes_no(*given));
    // Say so when a capability pointed the other way, so nobody wonders why it was ignored.
    if (!*given && !caps.empty())
      line += fmt::format(" (explicit answer wins over {})", capability_phrase(caps));
    return {given, std::move(line), {}};
  }
  // SPEC §3: the fact `personal_data: yes` answers question 2; nothing to confirm.
  if (personal_data && *personal_data == true)
    return {true, fmt::format("{}: inferred yes from fact 'personal data: yes'", label), {}};
  if (!caps.empty())
    return {true, fmt::format("{}: inferred yes from {}", label, capability_phrase(caps)),
            capability_phrase(caps)};
  return {std::nullopt, fmt::format("{}: unknown", label), {}};
}

bool overridden(Override o, const std::string& reason, FrameworkDecision& d) {
  if (o == Override::none) return false;
  d.outcome = o == Override::required ? Outcome::applies : Outcome::does_not_apply;
  d.rationale.push_back(
      fmt::format("Override: {} — {}", name(o), reason.empty() ? "no reason given" : reason));
  return true;
}

// SOC 1 turns on question 1; question 4 alone decides only while question 1 is unknown.
FrameworkDecision decide_soc1(const Service& s, const Resolved& q1, const Resolved& q4) {
  FrameworkDecision d;
  if (overridden(s.soc1, s.override_reason, d)) return d;
  d.rationale = {q1.line, q4.line};
  if (q1.value == true) {
    d.outcome = Outcome::applies;
  } else if (q1.explicit_no()) {
    d.outcome = Outcome::does_not_apply;
  } else if (q4.value == true) {
    d.outcome = Outcome::applies;
    d.rationale.emplace_back(
        "Applies on the Sarbanes-Oxley question alone until the financial reporting question is "
        "answered");
  } else {
    d.outcome = Outcome::undetermined;
    d.to_answer.emplace_back(question_financial_reporting);
    if (!q4.value) d.to_answer.emplace_back(question_sox);
  }
  return d;
}

FrameworkDecision decide_soc2(const Service& s, const Resolved& q2, const Resolved& q3) {
  FrameworkDecision d;
  if (overridden(s.soc2, s.override_reason, d)) return d;
  d.rationale = {q2.line, q3.line};
  if (q2.value == true || q3.value == true) {
    d.outcome = Outcome::applies;
  } else if (q2.explicit_no() && q3.explicit_no()) {
    d.outcome = Outcome::does_not_apply;
  } else {
    d.outcome = Outcome::undetermined;
    if (!q2.value) d.to_answer.emplace_back(question_customer_data);
    if (!q3.value) d.to_answer.emplace_back(question_security);
  }
  return d;
}

std::string verdict(Outcome soc1, Outcome soc2) {
  using enum Outcome;
  if (soc1 == applies && soc2 == applies) return "SOC 1 + SOC 2";
  if (soc1 == applies) return soc2 == undetermined ? "SOC 1 (SOC 2 undetermined)" : "SOC 1 only";
  if (soc2 == applies) return soc1 == undetermined ? "SOC 2 (SOC 1 undetermined)" : "SOC 2 only";
  if (soc1 == undetermined && soc2 == undetermined) return "Undetermined";
  if (soc1 == undetermined) return "SOC 1 undetermined, no SOC 2";
  if (soc2 == undetermined) return "SOC 2 undetermined, no SOC 1";
  return "Neither";
}

// What applicability_result gathers besides the decisions: the inferences, the contradictions
// and the open questions of the categories.
struct Notes {
  std::vector<Inference>& to_confirm;
  std::vector<std::string>& unknowns;
};

std::vector<CategoryScope> derived_categories(const Service& s, Notes notes) {
  std::vector<CategoryScope> out;
  out.push_back({Category::security, "always in scope"});
  if (s.availability_commitment == true)
    out.push_back(
        {Category::availability, "the service commits to uptime (availability commitment: yes)"});
  else if (!s.availability_commitment)
    notes.unknowns.emplace_back(question_availability);
  if (s.processes_transactions == true) {
    out.push_back(
        {Category::processing_integrity,
         "customers rely on complete and accurate processing (processes transactions: yes)"});
  } else if (!s.processes_transactions) {
    auto caps = transaction_matches(s);
    if (caps.empty()) {
      notes.unknowns.emplace_back(question_transactions);
    } else {
      out.push_back({Category::processing_integrity,
                     fmt::format("processes transactions unknown; inferred from {}",
                                 capability_phrase(caps))});
      notes.to_confirm.push_back({std::string(question_transactions), capability_phrase(caps)});
    }
  }
  const bool processor = s.personal_data == true && s.privacy_role == PrivacyRole::processor;
  constexpr std::string_view designated =
      "it holds information designated confidential (confidential data: yes)";
  constexpr std::string_view for_customers =
      "it processes its customers' personal information for them (privacy role: processor): "
      "keeping it confidential is its duty, notice and consent (Privacy) are its customers'";
  if (s.confidential_data == true && processor)
    out.push_back({Category::confidentiality, fmt::format("{}; {}", designated, for_customers)});
  else if (s.confidential_data == true)
    out.push_back({Category::confidentiality, std::string(designated)});
  else if (processor)
    out.push_back({Category::confidentiality, std::string(for_customers)});
  else if (!s.confidential_data)
    notes.unknowns.emplace_back(question_confidential);
  if (s.personal_data == true) {
    if (s.privacy_role == PrivacyRole::controller) {
      out.push_back({Category::privacy,
                     "it handles personal information as its controller (personal data: yes, "
                     "privacy role: controller)"});
    } else if (!s.privacy_role) {
      out.push_back({Category::privacy,
                     "it handles personal information (personal data: yes; privacy role "
                     "unknown, to confirm)"});
      notes.unknowns.emplace_back(question_privacy_role);
    }
    // A processor: notice and consent are its customers' duty (Confidentiality above).
  } else if (!s.personal_data) {
    notes.unknowns.emplace_back(question_personal_data);
  }
  return out;
}

std::vector<CategoryScope> explicit_categories(const std::vector<Category>& listed) {
  std::vector<CategoryScope> out;
  for (Category c : all_categories) {
    if (std::find(listed.begin(), listed.end(), c) != listed.end())
      out.push_back({c, "set explicitly"});
    else if (c == Category::security)
      out.push_back({c, "always in scope"});
  }
  return out;
}

std::vector<std::string> soc1_objectives(const Service& s, std::span<const Requirement> catalog) {
  std::vector<std::string> out;
  for (const auto& r : catalog) {
    if (r.framework != Framework::soc1) continue;
    bool named = std::find(s.soc1_objectives.begin(), s.soc1_objectives.end(), r.code) !=
                 s.soc1_objectives.end();
    bool excluded = std::find(s.soc1_objectives_excluded.begin(), s.soc1_objectives_excluded.end(),
                              r.code) != s.soc1_objectives_excluded.end();
    if ((r.is_default || named) && !excluded) out.push_back(r.code);
  }
  return out;
}

// SPEC §3's contradictions. The decision still follows the rules; these say what to check.
std::vector<std::string> contradictions(const Service& s, const std::vector<std::string>& q1_caps,
                                        const std::vector<std::string>& q2_caps) {
  std::vector<std::string> out;
  if (s.affects_financial_reporting == false && s.clients_ask_sox == true)
    out.emplace_back(
        "Affects customers' financial reporting is no, yet customers ask about Sarbanes-Oxley or "
        "financial audit requirements: check whether it affects their financial reporting (SOC 1 "
        "follows the first answer)");
  if (s.handles_customer_data == false && s.personal_data == true)
    out.emplace_back(
        "Handles personal data or customer information is no, yet personal data is yes: one of "
        "the two answers is wrong");
  if (s.affects_financial_reporting == false && !q1_caps.empty())
    out.push_back(fmt::format(
        "{} points to financial reporting, which is answered no: check the answer or the "
        "capability",
        capability_phrase(q1_caps)));
  if (s.handles_customer_data == false && !q2_caps.empty())
    out.push_back(fmt::format(
        "{} points to customer data, which is answered no: check the answer or the capability",
        capability_phrase(q2_caps)));
  return out;
}

}  // namespace

ApplicabilityResult decide_applicability(const Service& s, std::span<const Requirement> catalog,
                                         std::span<const Capability> capabilities) {
  const auto q1_caps = pointing(s, capabilities, true);
  const auto q2_caps = pointing(s, capabilities, false);
  const Resolved q1 =
      resolve("Affects customers' financial reporting", s.affects_financial_reporting, q1_caps);
  const Resolved q2 = resolve("Handles personal data or customer information",
                              s.handles_customer_data, q2_caps, &s.personal_data);
  const Resolved q3 = resolve("Customers ask about security and privacy (not accounting)",
                              s.clients_ask_security, {});
  const Resolved q4 = resolve("Customers ask about Sarbanes-Oxley or financial audit requirements",
                              s.clients_ask_sox, {});

  ApplicabilityResult r;
  r.soc1 = decide_soc1(s, q1, q4);
  r.soc2 = decide_soc2(s, q2, q3);
  const std::pair<const Resolved*, std::string_view> questions[] = {
      {&q1, question_financial_reporting},
      {&q2, question_customer_data},
      {&q3, question_security},
      {&q4, question_sox}};
  for (const auto& [q, text] : questions)
    if (!q->value) r.unknowns.emplace_back(text);
  // An inference only matters to a framework no override decided.
  if (s.soc1 == Override::none) {
    if (!q1.inferred_from.empty())
      r.to_confirm.push_back({std::string(question_financial_reporting), q1.inferred_from});
    else if (!q1.value && q4.value == true)
      r.to_confirm.push_back(
          {std::string(question_financial_reporting),
           "customers asking about Sarbanes-Oxley or financial audit requirements"});
  }
  if (s.soc2 == Override::none && !q2.inferred_from.empty())
    r.to_confirm.push_back({std::string(question_customer_data), q2.inferred_from});
  r.contradictions = contradictions(s, q1_caps, q2_caps);
  r.verdict = verdict(r.soc1.outcome, r.soc2.outcome);
  if (s.soc2_categories) {
    r.soc2_categories = explicit_categories(*s.soc2_categories);
  } else {
    // Category facts are open questions, and their inferences to confirm, only while SOC 2 may
    // still be needed.
    std::vector<Inference> category_inferences;
    std::vector<std::string> category_unknowns;
    r.soc2_categories = derived_categories(s, {category_inferences, category_unknowns});
    if (r.soc2.outcome != Outcome::does_not_apply) {
      r.to_confirm.insert(r.to_confirm.end(), category_inferences.begin(),
                          category_inferences.end());
      r.unknowns.insert(r.unknowns.end(), category_unknowns.begin(), category_unknowns.end());
    }
  }
  r.soc1_objectives = soc1_objectives(s, catalog);
  for (const auto& code : s.soc1_objectives_excluded)
    r.soc1_exclusions.push_back({code, s.soc1_exclusion_reason});
  return r;
}

}  // namespace socready::scoring
