#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <string>

#include "core/error.hpp"
#include "store/batch_insert.hpp"

namespace socready::store {
namespace {

SQLite::Database memory_db() {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT, c INTEGER) STRICT");
  return db;
}

std::string dump(SQLite::Database& db) {
  std::string out;
  SQLite::Statement q(db, "SELECT a, coalesce(b, 'NULL'), coalesce(c, -1) FROM t ORDER BY a");
  while (q.executeStep()) {
    out += q.getColumn(0).getString() + "," + q.getColumn(1).getString() + "," +
           q.getColumn(2).getString() + ";";
  }
  return out;
}

TEST(BatchInsert, WritesFullBatchesAsTheyFillAndTheRestOnFlush) {
  auto db = memory_db();
  BatchInsert insert(db, "INSERT INTO t (a, b, c)", 3, 2);
  for (std::int64_t i = 1; i <= 5; ++i) {
    std::string text = "row " + std::to_string(i);  // gone before the batch is written
    insert.add(i).add(text);
    if (i % 2)
      insert.add(i * 10);
    else
      insert.add_null();
  }
  // Two full batches are written once the fifth row starts; the fifth waits for flush().
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM t").getInt(), 4);
  EXPECT_EQ(insert.pending_rows(), 1u);
  EXPECT_TRUE(insert.pending_has(1, "row 5"));
  EXPECT_FALSE(insert.pending_has(1, "row 4"));  // written already
  EXPECT_FALSE(insert.pending_has(0, "row 5"));  // another column
  EXPECT_EQ(insert.flush(), 5);
  EXPECT_FALSE(insert.pending_has(1, "row 5"));
  EXPECT_EQ(insert.pending_rows(), 0u);
  EXPECT_EQ(dump(db), "1,row 1,10;2,row 2,-1;3,row 3,30;4,row 4,-1;5,row 5,50;");
  EXPECT_EQ(insert.flush(), 0);  // nothing pending: nothing written, nothing counted
}

TEST(BatchInsert, FlushCountsOnlyTheRowsSqliteInserted) {
  auto db = memory_db();
  db.exec("INSERT INTO t VALUES (2, 'kept', 0)");
  BatchInsert insert(db, "INSERT OR IGNORE INTO t (a, b, c)", 3, 4);
  for (std::int64_t i = 1; i <= 3; ++i) insert.add(i).add(std::string_view("new")).add(i);
  EXPECT_EQ(insert.flush(), 2);
  EXPECT_EQ(dump(db), "1,new,1;2,kept,0;3,new,3;");
}

TEST(BatchInsert, AFailingBatchThrows) {
  auto db = memory_db();
  BatchInsert insert(db, "INSERT INTO t (a, b, c)", 3, 8);
  insert.add(1).add(std::string_view("x")).add(1);
  insert.add(1).add(std::string_view("y")).add(2);
  EXPECT_THROW(insert.flush(), SQLite::Exception);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM t").getInt(), 0);  // the statement is undone
}

TEST(BatchInsert, FlushEveryRowTurnsARefusedRowIntoAnError) {
  auto db = memory_db();
  BatchInsert insert(db, "INSERT OR IGNORE INTO t (a, b, c)", 3, 2);
  for (std::int64_t i = 1; i <= 3; ++i) insert.add(i).add(std::string_view("x")).add(i);
  insert.flush_every_row();  // all three written
  insert.add(4).add(std::string_view("y")).add(4);
  insert.add(2).add(std::string_view("again")).add(2);  // the key is taken: ignored
  insert.add(5).add(std::string_view("z")).add(5);
  EXPECT_THROW(insert.flush_every_row(), DatabaseError);
  EXPECT_EQ(dump(db), "1,x,1;2,x,2;3,x,3;4,y,4;5,z,5;");
  insert.add(6).add(std::string_view("w")).add(6);
  EXPECT_NO_THROW(insert.flush_every_row());  // the count starts again after each flush
}

}  // namespace
}  // namespace socready::store
