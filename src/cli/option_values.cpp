#include "cli/option_values.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "cli/command.hpp"

namespace socready::cli {

std::string one_of_text(const std::vector<std::string_view>& choices) {
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i)
    out += fmt::format("{}{}", i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ", choices[i]);
  return out;
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

Date parse_date_option(const std::string& command, const std::string& option,
                       const std::string& value, Date fallback) {
  return value.empty() ? fallback : parse_date_option(command, option, value);
}

Quarter parse_period_option(const std::string& command, const std::string& value) {
  if (auto q = Quarter::parse(value)) return *q;
  usage_error(command, fmt::format("--period '{}' {}", value, quarter_refusal(value)));
}

void check_out_file(const std::string& command, const std::string& out) {
  if (!out.empty() && std::filesystem::is_directory(out))
    usage_error(command, fmt::format("--out {} is a folder; name the file to write", out));
}

}  // namespace socready::cli
