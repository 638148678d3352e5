#include "cli/format_option.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/option_values.hpp"
#include "core/text.hpp"

namespace socready::cli {

namespace {
constexpr EnumText<OutputFormat::text> format_names{"table", "csv", "json", "text"};
}  // namespace

std::string_view format_name(OutputFormat f) { return format_names.name(f); }

FormatOption::FormatOption(std::initializer_list<OutputFormat> accepted)
    : accepted_(accepted), value_(accepted_.at(0)) {}

void FormatOption::add_to(po::options_description& options) {
  const std::string help = one_of_text(names());
  options.add_options()("format",
                        po::value(&text_)->default_value(std::string(format_name(accepted_[0]))),
                        help.c_str());
}

void FormatOption::resolve(const std::string& command) {
  const auto accepted = names();
  for (std::size_t i = 0; i < accepted.size(); ++i)
    if (accepted[i] == text_) {
      value_ = accepted_[i];
      return;
    }
  usage_error(command,
              fmt::format("--format '{}' is not one of: {}", text_, fmt::join(accepted, ", ")));
}

std::vector<std::string_view> FormatOption::names() const {
  std::vector<std::string_view> out;
  for (auto f : accepted_) out.push_back(format_name(f));
  return out;
}

}  // namespace socready::cli
