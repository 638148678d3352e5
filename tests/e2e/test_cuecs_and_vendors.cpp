// End-to-end: CUECs and subservice organisations through the real binary, from a file to the
// export and the service page.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

class TwoServices : public ::testing::Test {
 protected:
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "c.db"});
    return run_socready(args, dir.path());
  }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
  }
  void SetUp() override {
    write("services.csv",
          "service,name,affects_financial_reporting,handles_customer_data\n"
          "payroll,Payroll,yes,yes\nhub,Client Hub,no,yes\n");
    ASSERT_EQ(run({"import", "services", "services.csv", "--effective", "2026-01-01"}).exit_code,
              0);
  }
  TempDir dir;
};

TEST_F(TwoServices, CuecsImportExportAndTheServicePage) {
  write("cuecs.csv",
        "cuec_id,services,description,tsc,soc1_objectives\n"
        "CUEC-PAY-01,payroll,The client approves each pay run before funding,,BP-AUTHORIZATION\n"
        "CUEC-ALL-01,*,The client removes its leavers' portal access,CC6.2;CC6.3,\n");
  auto r = run({"import", "cuecs", "cuecs.csv", "--effective", "2026-01-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "cuecs.csv: 2 rows: 2 added, 0 changed, 0 unchanged, 0 retired (effective "
            "2026-01-01)\n");

  r = run({"export", "cuecs", "--as-of", "2026-02-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "cuec_id,services,description,tsc,soc1_objectives\r\n"
            "CUEC-ALL-01,*,The client removes its leavers' portal access,CC6.2;CC6.3,\r\n"
            "CUEC-PAY-01,payroll,The client approves each pay run before funding,,"
            "BP-AUTHORIZATION\r\n");

  ASSERT_EQ(run({"report", "--period", "2026-Q1", "--out", "out"}).exit_code, 0);
  const auto payroll = testing::single_spaced(
      testing::read_file(dir / "out" / "2026-Q1" / "services" / "payroll.md"));
  EXPECT_NE(payroll.find("## What your customers must do"), std::string::npos) << payroll;
  EXPECT_NE(payroll.find("| CUEC-PAY-01 | The client approves each pay run before funding | "
                         "BP-AUTHORIZATION |"),
            std::string::npos)
      << payroll;
  EXPECT_NE(payroll.find("| CUEC-ALL-01 |"), std::string::npos);
  const auto hub =
      testing::single_spaced(testing::read_file(dir / "out" / "2026-Q1" / "services" / "hub.md"));
  EXPECT_EQ(hub.find("CUEC-PAY-01"), std::string::npos) << hub;
  EXPECT_NE(hub.find("| CUEC-ALL-01 | The client removes its leavers' portal access | CC6.2, "
                     "CC6.3 |"),
            std::string::npos)
      << hub;
}

// The versions are the audit trail: `log` shows each CUEC added, changed field by field and
// retired, with the import that did it, and `--service` keeps the CUECs that list the service.
TEST_F(TwoServices, TheLogShowsCuecsAddedChangedAndRetired) {
  write("q1.csv",
        "cuec_id,services,description,tsc\n"
        "CUEC-PAY-01,payroll,The client approves each pay run,\n"
        "CUEC-HUB-01,hub,The client reviews its users,CC6.2\n");
  ASSERT_EQ(run({"import", "cuecs", "q1.csv", "--effective", "2026-01-01"}).exit_code, 0);
  write("q2.csv",
        "cuec_id,services,description,tsc\n"
        "CUEC-PAY-01,payroll,The client approves each pay run before funding,\n");
  ASSERT_EQ(run({"import", "cuecs", "q2.csv", "--effective", "2026-04-01", "--replace"}).exit_code,
            0);

  const auto log = run({"log", "--service", "payroll"});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  EXPECT_NE(log.out.find("  cuec CUEC-PAY-01 added\n      description: The client approves each "
                         "pay run\n      services: payroll\n"),
            std::string::npos)
      << log.out;
  EXPECT_NE(log.out.find("  cuec CUEC-PAY-01 changed\n      description: The client approves "
                         "each pay run -> The client approves each pay run before funding\n"),
            std::string::npos)
      << log.out;
  EXPECT_EQ(log.out.find("CUEC-HUB-01"), std::string::npos) << log.out;

  const auto json = nlohmann::json::parse(run({"log", "--format", "json", "--service", "hub"}).out);
  std::vector<std::string> seen;
  for (const auto& e : json)
    if (e["entity"] == "cuec")
      seen.push_back(e["key"].get<std::string>() + " " + e["action"].get<std::string>() + " " +
                     e["effective"].get<std::string>() + " " + e["detail"].get<std::string>());
  EXPECT_EQ(seen, (std::vector<std::string>{"CUEC-HUB-01 added 2026-01-01 ",
                                            "CUEC-HUB-01 retired 2026-04-01 no longer valid "
                                            "from 2026-04-01"}));
}

TEST_F(TwoServices, ABadCuecsFileNamesLineAndColumnAndWritesNothing) {
  write("cuecs.csv",
        "cuec_id,services,description,tsc\n"
        "CUEC-01,payroll,x,CC6.1\n"
        "CUEC-02,payrol,y,ZZ1\n");
  const auto r = run({"import", "cuecs", "cuecs.csv"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cuecs.csv:3:9: error: services: no service 'payrol'"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("cuecs.csv:3:18: error: tsc: ZZ1 is not a Trust Services Criterion"),
            std::string::npos)
      << r.err;
  const auto e = run({"export", "cuecs"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(e.out, "cuec_id,services,description,tsc,soc1_objectives\r\n");
}

TEST_F(TwoServices, ReplaceIsForVersionedKindsOnly) {
  const auto r = run({"import", "evidence", "services.csv", "--replace"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(
      r.err.find("--replace applies to services, controls, cuecs, subservice or systems only"),
      std::string::npos)
      << r.err;
}

constexpr const char* vendors_header =
    "vendor,name,services,method,report_framework,report_type,period_start,period_end,opinion,"
    "bridge_letter_until,csoc_tsc,csoc_soc1_objectives,csoc_description,monitored_by\n";

TEST_F(TwoServices, VendorsImportExportAndTheServicePage) {
  write("vendors.csv", std::string(vendors_header) +
                           "cloudhost,CloudHost,*,carve-out,soc2,II,2025-10-01,2026-09-30,"
                           "unmodified,,CC6.4,,Physical access to the data centres,VND-01\n"
                           "payco,PayCo,payroll,carve-out,soc1,II,2024-07-01,2025-06-30,"
                           "unmodified,2025-09-30,,BP-ACCURACY,Funds transfer,VND-01\n");
  auto r = run({"import", "subservice", "vendors.csv", "--effective", "2026-01-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "vendors.csv: 2 rows: 2 added, 0 changed, 0 unchanged, 0 retired (effective "
            "2026-01-01)\n");

  r = run({"export", "subservice", "--as-of", "2026-11-26"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  write("again.csv", r.out);
  r = run({"import", "subservice", "again.csv", "--effective", "2026-02-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 added, 0 changed, 2 unchanged"), std::string::npos) << r.out;

  ASSERT_EQ(run({"report", "--period", "2026-Q4", "--out", "out"}).exit_code, 0);
  const auto payroll = testing::single_spaced(
      testing::read_file(dir / "out" / "2026-Q4" / "services" / "payroll.md"));
  EXPECT_NE(payroll.find("## Subservice organisations"), std::string::npos) << payroll;
  // As of the end of 2026-Q4 (2026-11-26, today): PayCo's period ended 17 months before.
  EXPECT_NE(payroll.find("| PayCo | carve-out | SOC 1 Type II, 2024-07-01 to 2025-06-30, "
                         "unmodified | 2025-09-30 | its report's period ended 2025-06-30, more "
                         "than 15 months ago | BP-ACCURACY | VND-01 |"),
            std::string::npos)
      << payroll;
  EXPECT_NE(payroll.find("| CloudHost | carve-out | SOC 2 Type II, 2025-10-01 to 2026-09-30, "
                         "unmodified | — | current | CC6.4 | VND-01 |"),
            std::string::npos)
      << payroll;
  const auto hub =
      testing::single_spaced(testing::read_file(dir / "out" / "2026-Q4" / "services" / "hub.md"));
  EXPECT_EQ(hub.find("PayCo"), std::string::npos) << hub;
}

TEST_F(TwoServices, ABadVendorsFileNamesLineAndColumnAndWritesNothing) {
  write("vendors.csv", std::string(vendors_header) +
                           "cloudhost,CloudHost,*,outsourced,soc2,II,2025-10-01,2026-09-30,"
                           "unmodified,2026-09-01,,,,\n"
                           "payco,PayCo,payrol,carve-out,soc1,II,2025-07-01,2025-06-30,"
                           "so-so,,,,,\n");
  const auto r = run({"import", "subservice", "vendors.csv"});
  EXPECT_EQ(r.exit_code, 2);
  for (const char* expected :
       {"vendors.csv:2:23: error: method: 'outsourced' is not a method",
        "vendors.csv:2:75: error: bridge_letter_until: 2026-09-01 is not after the report's "
        "period end 2026-09-30",
        "vendors.csv:3:13: error: services: no service 'payrol'",
        "vendors.csv:3:49: error: period_end: 2025-06-30 is before period_start 2025-07-01",
        "vendors.csv:3:60: error: opinion: 'so-so' is not an opinion"})
    EXPECT_NE(r.err.find(expected), std::string::npos) << expected << "\n" << r.err;
  const auto e = run({"export", "subservice"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(e.out,
            std::string(vendors_header).insert(std::string(vendors_header).size() - 1, "\r"));
}

}  // namespace
}  // namespace socready
