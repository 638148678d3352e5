#pragma once
// The column names of the CSV formats of SPEC §7, in one place: the importers read them, the
// exporter writes them, and the fuzz harness generates files with them.

#include <array>
#include <string_view>

namespace socready::import::formats {

inline constexpr std::array<std::string_view, 18> services{"service",
                                                           "name",
                                                           "product_line",
                                                           "description",
                                                           "affects_financial_reporting",
                                                           "handles_customer_data",
                                                           "clients_ask_security",
                                                           "clients_ask_sox",
                                                           "capabilities",
                                                           "availability_commitment",
                                                           "processes_transactions",
                                                           "confidential_data",
                                                           "personal_data",
                                                           "soc1",
                                                           "soc2",
                                                           "override_reason",
                                                           "soc2_categories",
                                                           "soc1_objectives"};

inline constexpr std::array<std::string_view, 13> controls{
    "control_id",    "title",           "description", "owner",     "services",
    "tsc",           "soc1_objectives", "status",      "frequency", "implemented_on",
    "evidence_date", "last_tested",     "test_result"};

inline constexpr std::array<std::string_view, 4> evidence{"control_id", "collected_on",
                                                          "description", "location"};

inline constexpr std::array<std::string_view, 5> tests{"control_id", "tested_on", "result",
                                                       "tester", "notes"};

}  // namespace socready::import::formats
