#pragma once
// Parsing option values shared by several commands, with errors that name the option.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"

namespace socready::cli {

// The choices an option offers, as its help and errors name them: "a, b or c".
std::string one_of_text(const std::vector<std::string_view>& choices);

Framework parse_framework_option(const std::string& command, const std::string& value);
ReportType parse_type_option(const std::string& command, const std::string& value);
Date parse_date_option(const std::string& command, const std::string& option,
                       const std::string& value);
// The same, or `fallback` when the option was not given (`value` is empty).
Date parse_date_option(const std::string& command, const std::string& option,
                       const std::string& value, Date fallback);
Quarter parse_period_option(const std::string& command, const std::string& value);
// --out must name a file: checked before the database is opened, where a rename would only
// say "Is a directory" once the work is done.
void check_out_file(const std::string& command, const std::string& out);

}  // namespace socready::cli
