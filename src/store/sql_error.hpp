#pragma once
// Turns SQLite's exceptions into DatabaseError with the database's path and, for a locked
// database, the message users need.

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <string>

#include "core/error.hpp"

namespace socready::store {

[[noreturn]] inline void rethrow_sql(const std::string& path, const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    throw DatabaseError(fmt::format(
        "{}: database is busy: another socready is writing to it; try again when it is done",
        path));
  }
  throw DatabaseError(fmt::format("{}: {}", path, e.what()));
}

template <typename F>
auto guard_sql(const std::string& path, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const SQLite::Exception& e) {
    rethrow_sql(path, e);
  }
}

}  // namespace socready::store
