// The manual page is generated from the commands' option definitions; these tests prove it says
// what `--help` says, command by command, so neither can change without the other.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "cli/app.hpp"
#include "cli/commands/commands.hpp"
#include "cli/manual.hpp"

namespace socready::cli {
namespace {

// Whitespace runs as one space, so line wrapping does not matter.
std::string squeeze(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The page as a reader sees it: no requests, no font changes, escapes resolved.
std::string manual_text(const std::string& roff) {
  std::string text;
  std::istringstream in(roff);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with(".")) continue;
    text += line + "\n";
  }
  text = std::regex_replace(text, std::regex(R"(\\f[BIR])"), "");
  text = std::regex_replace(text, std::regex(R"(\\-)"), "-");
  text = std::regex_replace(text, std::regex(R"(\\&)"), "");
  text = std::regex_replace(text, std::regex(R"(\\e)"), "\\");
  return squeeze(text);
}

std::string manual() { return manual_text(render_manual(all_commands(), "9.9.9")); }

TEST(Manual, SaysWhatEachCommandsHelpSays) {
  const std::string page = manual();
  for (const auto& command : all_commands()) {
    const std::string help = command->help();
    SCOPED_TRACE(command->command_name());
    // "Usage: socready NAME USAGE", then the summary, then the command's own options.
    const std::string usage_line = help.substr(0, help.find('\n'));
    EXPECT_NE(page.find(squeeze(usage_line.substr(std::string("Usage: ").size()))),
              std::string::npos)
        << usage_line;
    EXPECT_NE(page.find(squeeze(command->summary())), std::string::npos);
    const auto options = help.find("Options:\n");
    const auto common = help.find("Common options:\n");
    if (options == std::string::npos || options > common) continue;
    const std::string own = squeeze(help.substr(options + 9, common - options - 9));
    EXPECT_NE(page.find(own), std::string::npos) << "missing from the manual: " << own;
  }
}

TEST(Manual, SaysWhatTheProgramsHelpSays) {
  std::ostringstream out, err;
  ASSERT_EQ(run_app({"--help"}, {out, err}), 0);
  const std::string help = out.str();
  const std::string page = manual();
  std::istringstream lines(help.substr(help.find("\nOptions:\n") + 10));
  std::string line;
  int checked = 0;
  while (std::getline(lines, line) && !line.empty()) {
    EXPECT_NE(page.find(squeeze(line)), std::string::npos) << line;
    ++checked;
  }
  EXPECT_GE(checked, 3);
  for (const auto& command : all_commands())
    EXPECT_NE(page.find("socready " + command->command_name()), std::string::npos)
        << command->command_name();
  EXPECT_NE(page.find("0 success, 1 readiness gate not met, 2 bad input, 3 database or internal"),
            std::string::npos);
}

TEST(Manual, IsRoffWithoutStrayRequests) {
  const std::string roff = render_manual(all_commands(), "9.9.9");
  EXPECT_TRUE(roff.find(".TH SOCREADY 1 \"\" \"socready 9.9.9\"") != std::string::npos);
  // Every line that starts with '.' or '\'' is one of the requests the generator writes.
  std::istringstream in(roff);
  std::string line;
  const std::regex request(R"(^\.(\\"|TH|SH|SS|TP|PP|br)( .*)?$)");
  while (std::getline(in, line)) {
    EXPECT_FALSE(line.starts_with("'")) << line;
    if (line.starts_with(".")) {
      EXPECT_TRUE(std::regex_match(line, request)) << line;
    }
  }
}

}  // namespace
}  // namespace socready::cli
