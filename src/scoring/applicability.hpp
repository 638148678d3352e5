#pragma once
// Which report applies to a service (SPEC §3), with the facts that decided it, the answers
// still to confirm and the contradictions to check.

#include <span>

#include "core/model.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// The four questions, as asked of a person (these are the `unknowns` texts).
inline constexpr std::string_view
    question_financial_reporting = "Does the service affect a customer's financial reporting?",
    question_customer_data = "Does it handle personal data or customer information?",
    question_security = "Do customers ask about security and privacy (not accounting)?",
    question_sox = "Do customers ask about Sarbanes-Oxley or financial audit requirements?";
// The facts that decide the SOC 2 categories, asked while SOC 2 applies or is undetermined.
inline constexpr std::string_view
    question_availability = "Does the service commit to customers on uptime?",
    question_transactions = "Do customers rely on the completeness and accuracy of its processing?",
    question_confidential = "Does it hold information designated confidential?",
    question_personal_data = "Does it handle personal information?",
    question_privacy_role =
        "Is it the controller of that personal information, or a processor for its customers?";

// `catalog` supplies the SOC 1 objectives in scope (its defaults plus those the service names,
// in catalog order); codes the catalog does not hold are ignored. `capabilities` are the user's
// own (core/capabilities.hpp), looked up before the built-in list.
ApplicabilityResult decide_applicability(const Service& service,
                                         std::span<const Requirement> catalog,
                                         std::span<const Capability> capabilities = {});

}  // namespace socready::scoring
