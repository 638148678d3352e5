#pragma once
// Which report applies to a service (SPEC §3), with the facts that decided it.

#include <span>

#include "core/model.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// The four questions, as asked of a person (these are the `unknowns` texts).
inline constexpr std::string_view question_financial_reporting =
    "Does the service affect a customer's financial reporting?";
inline constexpr std::string_view question_customer_data =
    "Does it handle personal data or customer information?";
inline constexpr std::string_view question_security =
    "Do customers ask about security and privacy (not accounting)?";
inline constexpr std::string_view question_sox =
    "Do customers ask about Sarbanes-Oxley or financial audit requirements?";

// `catalog` supplies the SOC 1 objectives in scope (its defaults plus those the service names,
// in catalog order); codes the catalog does not hold are ignored.
ApplicabilityResult decide_applicability(const Service& service,
                                         std::span<const Requirement> catalog);

}  // namespace socready::scoring
