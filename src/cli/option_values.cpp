#include "cli/option_values.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/command.hpp"

namespace socready::cli {

namespace {
std::string format_name(OutputFormat f) {
  switch (f) {
    case OutputFormat::table:
      return "table";
    case OutputFormat::csv:
      return "csv";
    case OutputFormat::json:
      return "json";
  }
  return "";
}
}  // namespace

OutputFormat parse_output_format(const std::string& command, const std::string& value,
                                 const std::vector<OutputFormat>& allowed) {
  std::vector<std::string> names;
  for (auto f : allowed) {
    if (format_name(f) == value) return f;
    names.push_back(format_name(f));
  }
  usage_error(command,
              fmt::format("--format '{}' is not one of: {}", value, fmt::join(names, ", ")));
}

Framework parse_framework_option(const std::string& command, const std::string& value) {
  if (auto f = parse_framework(value)) return *f;
  usage_error(command, fmt::format("--framework '{}' is not one of: soc1, soc2", value));
}

ReportType parse_type_option(const std::string& command, const std::string& value) {
  if (auto t = parse_report_type(value)) return *t;
  usage_error(command, fmt::format("--type '{}' is not one of: I, II", value));
}

Date parse_date_option(const std::string& command, const std::string& option,
                       const std::string& value) {
  if (auto d = Date::parse(value)) return *d;
  usage_error(command, fmt::format("--{} '{}' {}", option, value, date_refusal(value)));
}

Quarter parse_period_option(const std::string& command, const std::string& value) {
  if (auto q = Quarter::parse(value)) return *q;
  usage_error(command, fmt::format("--period '{}' {}", value, quarter_refusal(value)));
}

}  // namespace socready::cli
