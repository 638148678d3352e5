#pragma once
// An in-memory database with two services, and helpers to import CSV text into it.

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <initializer_list>
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "import/control_importer.hpp"
#include "import/cuec_importer.hpp"
#include "import/record_importer.hpp"
#include "import/service_importer.hpp"
#include "store/database.hpp"

namespace socready::import::testing {

inline const Date kToday = *Date::parse("2026-11-26");

class ImportFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    services(
        "service,name,product_line,affects_financial_reporting,handles_customer_data\n"
        "payroll,Payroll engine,Payroll,yes,\n"
        "insights,Insights app,Analytics,,yes\n");
  }

  ImportOptions at(const char* effective, bool replace = false, bool dry_run = false) {
    return ImportOptions{*Date::parse(effective), kToday, dry_run, replace, "test"};
  }

  ImportSummary controls(const std::string& csv, const char* effective = "2026-01-01",
                         bool replace = false, bool dry_run = false) {
    std::istringstream in(csv);
    return import_controls(db, {in, "controls.csv", csv.size()}, at(effective, replace, dry_run));
  }
  ImportSummary services(const std::string& csv, bool dry_run = false) {
    std::istringstream in(csv);
    return import_services(db, {in, "services.csv", csv.size()}, at("2026-01-01", false, dry_run));
  }
  ImportSummary services_at(const std::string& csv, const char* effective, bool replace = false) {
    std::istringstream in(csv);
    return import_services(db, {in, "services.csv", csv.size()}, at(effective, replace));
  }
  ImportSummary evidence(const std::string& csv, bool dry_run = false) {
    std::istringstream in(csv);
    return import_evidence(db, {in, "evidence.csv", csv.size()}, at("2026-01-01", false, dry_run));
  }
  ImportSummary cuecs(const std::string& csv, const char* effective = "2026-01-01",
                      bool replace = false, bool dry_run = false) {
    std::istringstream in(csv);
    return import_cuecs(db, {in, "cuecs.csv", csv.size()}, at(effective, replace, dry_run));
  }
  ImportSummary tests(const std::string& csv) {
    std::istringstream in(csv);
    return import_tests(db, {in, "tests.csv", csv.size()}, at("2026-01-01"));
  }
  ImportSummary populations(const std::string& csv, bool dry_run = false) {
    std::istringstream in(csv);
    return import_populations(db, {in, "populations.csv", csv.size()},
                              at("2026-01-01", false, dry_run));
  }

  // The InputError an import throws, for asserting on its diagnostics.
  template <typename F>
  InputError failure(F&& f) {
    try {
      f();
    } catch (const InputError& e) {
      return e;
    }
    ADD_FAILURE() << "expected an InputError";
    return InputError("none");
  }

  std::int64_t count(const std::string& table) {
    return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt64();
  }

  // Every row of the tables an import writes, as text: equal before and after means
  // nothing was written.
  std::string state() {
    return state_of({"product_line", "service", "service_version", "control", "control_version",
                     "control_version_service", "control_version_requirement", "evidence",
                     "control_test", "cuec_version", "population", "import_revision"});
  }
  std::string state_of(std::initializer_list<const char*> tables) {
    std::string out;
    for (const char* t : tables) {
      SQLite::Statement q(db.sql(), std::string("SELECT * FROM ") + t);
      out += std::string("\n[") + t + "]";
      while (q.executeStep()) {
        out += "\n";
        for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + "|";
      }
    }
    return out;
  }

  store::Database db{":memory:"};
};

inline bool mentions(const InputError& e, std::size_t line, std::size_t column,
                     const std::string& text) {
  for (const auto& d : e.diagnostics())
    if (d.where.line == line && d.where.column == column &&
        d.message.find(text) != std::string::npos)
      return true;
  return false;
}

inline std::string all_messages(const InputError& e) {
  std::string s;
  for (const auto& d : e.diagnostics()) s += format_diagnostic(d) + "\n";
  return s;
}

}  // namespace socready::import::testing
