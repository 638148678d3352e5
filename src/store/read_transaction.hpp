#pragma once
// One snapshot of the database for all of a command's reads.

#include "store/database.hpp"

namespace socready::store {

// Holds one read transaction for its lifetime, so that every statement a command runs reads the
// same snapshot of the database (WAL keeps it while imports commit beside it). Inside a
// transaction already open on the connection it does nothing.
class ReadTransaction {
 public:
  explicit ReadTransaction(Database& db);
  ~ReadTransaction();
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Database& db_;
  bool owned_ = false;
};

}  // namespace socready::store
