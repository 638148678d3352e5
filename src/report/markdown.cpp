#include "report/markdown.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace socready::report {

namespace {

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of a UTF-8 sequence that renders as nothing or reorders what a reader sees: C1
// controls, and the bidirectional overrides that can make "evil" display as "live"
// (U+202A..U+202E, U+2066..U+2069). 0 when `s` does not start with one.
// Also the marks that are invisible but change what a reader sees or what matches: zero-width
// space, joiners and direction marks (U+200B..U+200F), word joiner and invisible operators
// (U+2060..U+2064), the Arabic letter mark (U+061C) and the byte-order mark (U+FEFF), with
// which "payroll" and "pay​roll" would look the same.
std::size_t invisible_sequence(std::string_view s) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  if (s.size() >= 2 && at(0) == 0xC2 && at(1) >= 0x80 && at(1) <= 0x9F) return 2;
  if (s.size() >= 2 && at(0) == 0xD8 && at(1) == 0x9C) return 2;
  if (s.size() < 3) return 0;
  if (at(0) == 0xE2 && at(1) == 0x80 && at(2) >= 0xAA && at(2) <= 0xAE) return 3;
  if (at(0) == 0xE2 && at(1) == 0x81 && at(2) >= 0xA6 && at(2) <= 0xA9) return 3;
  if (at(0) == 0xE2 && at(1) == 0x80 && at(2) >= 0x8B && at(2) <= 0x8F) return 3;
  if (at(0) == 0xE2 && at(1) == 0x81 && at(2) >= 0xA0 && at(2) <= 0xA4) return 3;
  if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return 3;
  return 0;
}

// U+2028 and U+2029 end a line for some viewers, like a newline.
bool unicode_line_break(std::string_view s) {
  return s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE2 &&
         static_cast<unsigned char>(s[1]) == 0x80 &&
         (static_cast<unsigned char>(s[2]) == 0xA8 || static_cast<unsigned char>(s[2]) == 0xA9);
}

// One line of plain text: white space collapsed and trimmed, control characters dropped.
std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::string_view rest = text.substr(i);
    if (is_space(c) || unicode_line_break(rest)) {
      pending_space = true;
      i += is_space(c) ? 1u : 3u;
      continue;
    }
    if (c < 0x20 || c == 0x7F) {
      ++i;
      continue;
    }
    if (const std::size_t n = invisible_sequence(rest)) {
      i += n;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += text[i++];
  }
  return out;
}

// Characters that start links, images, emphasis, code, strikethrough, math or table cells
// anywhere in a line. A backslash escape shows them literally on every CommonMark renderer.
// Parentheses and '!' stay as they are: with '[' and ']' escaped they cannot form a link or an
// image, and names like "Billing (EU)" then read cleanly in a terminal too.
bool needs_backslash(char c) {
  constexpr std::string_view special = "\\`*_[]#~|$";
  return special.find(c) != std::string_view::npos;
}

bool lower_is(char c, char want) { return std::tolower(static_cast<unsigned char>(c)) == want; }

// GitHub turns bare "scheme://...", "www.x" and "name@example.com" into links without any
// markup. Escaping the ':' of "://", the '.' of a word-initial "www." or the '@' after an
// address's local part splits the text the autolinker looks at, at the cost of one backslash
// in the rare name that holds an address.
bool starts_autolink(std::string_view line, std::size_t i) {
  if (line[i] == '@') {
    if (i == 0) return false;
    const char before = line[i - 1];
    return std::isalnum(static_cast<unsigned char>(before)) || before == '.' || before == '-' ||
           before == '_' || before == '+';
  }
  if (line[i] == ':') return line.substr(i + 1, 2) == "//";
  if (line[i] != '.' || i < 3) return false;
  const bool www =
      lower_is(line[i - 3], 'w') && lower_is(line[i - 2], 'w') && lower_is(line[i - 1], 'w');
  return www && (i == 3 || !std::isalnum(static_cast<unsigned char>(line[i - 4])));
}

// "&name;" or "&#123;" would be read as a character reference; a lone '&' is just text.
bool starts_entity(std::string_view rest) {
  std::size_t i = 1;
  while (i < rest.size() && i < 33 &&
         (std::isalnum(static_cast<unsigned char>(rest[i])) || rest[i] == '#'))
    ++i;
  return i > 1 && i < rest.size() && rest[i] == ';';
}

void append_escaped(std::string& out, std::string_view rest) {
  const char c = rest.front();
  switch (c) {
    case '<':
      out += "&lt;";
      return;
    case '>':
      out += "&gt;";
      return;
    case '&':
      out += starts_entity(rest) ? "&amp;" : "&";
      return;
    default:
      if (needs_backslash(c)) out += '\\';
      out += c;
  }
}

std::string escape(std::string_view line, bool at_line_start) {
  std::string out;
  out.reserve(line.size() + line.size() / 8 + 4);
  std::size_t i = 0;
  if (at_line_start && !line.empty()) {
    // '-', '+' start a list item or a rule, '=' a heading underline; '#', '*', '>' are escaped
    // everywhere anyway.
    if (line[0] == '-' || line[0] == '+' || line[0] == '=') {
      out += '\\';
      out += line[0];
      i = 1;
    } else {
      // "12. text" and "12) text" start an ordered list; "1.5 GB" does not, and keeps its dot.
      std::size_t digits = 0;
      while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])))
        ++digits;
      const bool marker = digits > 0 && digits < line.size() &&
                          (line[digits] == '.' || line[digits] == ')') &&
                          (digits + 1 == line.size() || line[digits + 1] == ' ');
      if (marker) {
        out.append(line.substr(0, digits));
        out += '\\';
        out += line[digits];
        i = digits + 1;
      }
    }
  }
  for (; i < line.size(); ++i) {
    if (starts_autolink(line, i)) out += '\\';
    append_escaped(out, line.substr(i));
  }
  return out;
}

}  // namespace

std::string md_text(std::string_view text) { return escape(one_line(text), true); }

namespace {

// Most cells are plain (keys, codes, dates, names, sentences): letters, digits, single inner
// spaces and punctuation that neither escape() nor one_line() touches. They are copied as they
// are, which is most of the time a large report spends on its cells.
// Letters, digits and the punctuation a plain cell keeps as it is, by byte: a table rather than
// a search, since every key and name of a report's cells passes through here.
constexpr std::array<bool, 256> plain_bytes = [] {
  std::array<bool, 256> plain{};
  for (int c = 'a'; c <= 'z'; ++c) plain[static_cast<unsigned char>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) plain[static_cast<unsigned char>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) plain[static_cast<unsigned char>(c)] = true;
  for (char c : std::string_view("-,()/'\"+=%?!;")) plain[static_cast<unsigned char>(c)] = true;
  return plain;
}();

bool plain_cell(std::string_view text) {
  if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (plain_bytes[static_cast<unsigned char>(c)]) continue;
    if (c == ' ' && text[i - 1] != ' ') continue;
    if (c == '.' && !starts_autolink(text, i)) continue;
    return false;
  }
  return true;
}

}  // namespace

std::string md_cell(std::string_view text) {
  if (plain_cell(text)) return std::string(text);
  return escape(one_line(text), false);
}

void append_md_cell(std::string& out, std::string_view text) {
  if (plain_cell(text))
    out.append(text);
  else
    out.append(escape(one_line(text), false));
}

std::string safe_file_name(std::string_view slug) {
  std::string name;
  name.reserve(slug.size());
  for (char c : slug) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    name += ok ? c : '-';
  }
  // A leading '-' reads as an option to every shell tool; "../etc" becomes "---etc", then "etc".
  name.erase(0, name.find_first_not_of('-'));
  if (name.size() > max_file_name_length) name.resize(max_file_name_length);
  if (name.empty()) return "service";
  // Names Windows reserves for devices, in case the folder is opened there.
  static constexpr std::array<std::string_view, 4> devices{"con", "prn", "aux", "nul"};
  const bool device = std::find(devices.begin(), devices.end(), name) != devices.end() ||
                      (name.size() == 4 && (name.starts_with("com") || name.starts_with("lpt")) &&
                       name[3] >= '0' && name[3] <= '9');
  if (device) name += "-service";
  return name;
}

}  // namespace socready::report
