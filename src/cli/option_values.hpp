#pragma once
// Parsing option values shared by several commands, with errors that name the option.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"

namespace socready::cli {

enum class OutputFormat { table, csv, json };

OutputFormat parse_output_format(const std::string& command, const std::string& value,
                                 const std::vector<OutputFormat>& allowed);
Framework parse_framework_option(const std::string& command, const std::string& value);
ReportType parse_type_option(const std::string& command, const std::string& value);
Date parse_date_option(const std::string& command, const std::string& option,
                       const std::string& value);
Quarter parse_period_option(const std::string& command, const std::string& value);

}  // namespace socready::cli
