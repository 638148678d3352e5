#include "csv/header.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/suggest.hpp"
#include "core/text.hpp"

namespace socready::csv {

namespace {

std::string list(std::span<const std::string_view> names) {
  return fmt::format("{}", fmt::join(names, ", "));
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

Header::Header(Reader& reader, std::span<const std::string_view> known,
               std::span<const std::string_view> required) {
  if (!reader.next())
    throw InputError(
        Location{reader.file_name(), 1, 0},
        fmt::format("the file is empty; expected a header row with columns: {}", list(known)));
  width_ = reader.size();
  for (std::size_t i = 0; i < width_; ++i) {
    const std::string name = ascii_lower(trim(reader.field(i)));
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string message = name.empty()
                                ? std::string("empty column name")
                                : fmt::format("unknown column '{}'", trim(reader.field(i)));
      if (const auto hint = name.empty() ? std::string() : did_you_mean(name, known); !hint.empty())
        message += hint;
      else
        message += fmt::format("; expected one of: {}", list(known));
      throw InputError(reader.location(i), message);
    }
    if (auto earlier = index(name))
      throw InputError(reader.location(i),
                       fmt::format("duplicate column '{}' (also column {} of the header); "
                                   "expected each column once",
                                   name, *earlier + 1));
    columns_.push_back(Column{name, i});
  }
  for (std::string_view name : required) {
    if (!has(name))
      throw InputError(
          Location{reader.file_name(), reader.line(), 1},
          fmt::format("missing required column '{}'; the header needs: {}", name, list(required)));
  }
}

std::optional<std::size_t> Header::index(std::string_view name) const {
  const std::string wanted = ascii_lower(name);
  for (const Column& c : columns_)
    if (c.name == wanted) return c.position;
  return std::nullopt;
}

std::optional<Diagnostic> Header::check_width(const Reader& reader) const {
  if (reader.size() == width_) return std::nullopt;
  return Diagnostic{reader.location(0), fmt::format("expected {} as in the header, found {}",
                                                    plural(width_, "field"), reader.size())};
}

}  // namespace socready::csv
