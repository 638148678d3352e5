#pragma once
// --format, declared once: a command names the formats it accepts, the first being the default,
// and the option's help, its default and the refusal of any other format follow from that list.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.hpp"

namespace socready::cli {

// `text` is the plain report of a command that prints no table (log).
enum class OutputFormat { table, csv, json, text };

std::string_view format_name(OutputFormat f);

class FormatOption {
 public:
  // `accepted`: at least one format, the default first.
  FormatOption(std::initializer_list<OutputFormat> accepted);

  void add_to(po::options_description& options);
  // After parsing: the format asked for; a usage error naming `command` and the accepted
  // formats when it is not one of them.
  void resolve(const std::string& command);
  OutputFormat value() const { return value_; }

 private:
  std::vector<std::string_view> names() const;

  std::vector<OutputFormat> accepted_;
  std::string text_;
  OutputFormat value_;
};

}  // namespace socready::cli
