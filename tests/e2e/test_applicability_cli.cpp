// End-to-end: the user's own capabilities, the privacy role and the three outcomes of SPEC §3
// through the real binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace socready {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_socready;
using testing::TempDir;

// The exporter writes CRLF line ends (RFC 4180).
std::string crlf(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

class ApplicabilityCli : public ::testing::Test {
 protected:
  TempDir dir;
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "t.db"});
    return run_socready(args, dir.path());
  }
  nlohmann::json applicability(const std::string& service) {
    auto r = run({"applicability", service, "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out).at(0);
  }
};

constexpr const char* capabilities_csv =
    "capability,points_to,description\n"
    "fleet-telematics,customer_data,Vehicle positions of customers' fleets\n"
    "ledger-sync,financial_reporting;customer_data,Posts journals into customers' ledgers\n";

TEST_F(ApplicabilityCli, UsersCapabilitiesImportExportBackAndDecide) {
  dir.write("caps.csv", capabilities_csv);
  auto imported = run({"import", "capabilities", "caps.csv"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_THAT(imported.out, HasSubstr("2 rows: 2 added, 0 changed, 0 unchanged"));
  auto exported = run({"export", "capabilities"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out, crlf(capabilities_csv));
  dir.write("again.csv", exported.out);
  EXPECT_THAT(run({"import", "capabilities", "again.csv"}).out,
              HasSubstr("2 rows: 0 added, 0 changed, 2 unchanged"));

  dir.write("services.csv",
            "service,name,capabilities\n"
            "fleet,Fleet,fleet-telematics\n"
            "sync,Ledger Sync,Ledger Sync\n");
  auto services = run({"import", "services", "services.csv"});
  ASSERT_EQ(services.exit_code, 0) << services.err;
  auto fleet = applicability("fleet");
  EXPECT_EQ(fleet["verdict"], "SOC 2 (SOC 1 undetermined)");
  EXPECT_EQ(fleet["to_confirm"][0]["from"], "capability 'fleet-telematics'");
  EXPECT_EQ(applicability("sync")["verdict"], "SOC 1 + SOC 2");
}

TEST_F(ApplicabilityCli, AnUnknownCapabilityIsAnErrorSuggestingTheUsersOwn) {
  dir.write("caps.csv", capabilities_csv);
  ASSERT_EQ(run({"import", "capabilities", "caps.csv"}).exit_code, 0);
  dir.write("services.csv", "service,name,capabilities\nfleet,Fleet,fleet-telematic\n");
  auto r = run({"import", "services", "services.csv"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("services.csv:2:13: error: capabilities: 'fleet-telematic' is not a "
                               "known capability; did you mean 'fleet-telematics'?"));
}

TEST_F(ApplicabilityCli, BadCapabilitiesOrPrivacyRoleWriteNothing) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  dir.write("caps.csv",
            "capability,points_to,description\n"
            "good-one,customer_data,\n"
            "bad-one,soc3,\n");
  auto caps = run({"import", "capabilities", "caps.csv"});
  EXPECT_EQ(caps.exit_code, 2);
  EXPECT_THAT(caps.err, HasSubstr("caps.csv:3:9: error: points_to: 'soc3' is not what a "
                                  "capability points to"));
  auto exported = run({"export", "capabilities"});
  EXPECT_EQ(exported.out, crlf("capability,points_to,description\n"));  // good-one not written

  dir.write("services.csv",
            "service,name,personal_data,privacy_role\n"
            "ok,OK,yes,processor\n"
            "bad,Bad,yes,owner\n");
  auto services = run({"import", "services", "services.csv"});
  EXPECT_EQ(services.exit_code, 2);
  EXPECT_THAT(services.err, HasSubstr("services.csv:3:13: error: privacy_role: 'owner' is not a "
                                      "privacy role; expected controller, processor or blank"));
  EXPECT_EQ(run({"export", "services"}).out.find("\nok,"), std::string::npos);  // nothing written
}

TEST_F(ApplicabilityCli, ProcessorRoundTripsAndGetsConfidentialityNotPrivacy) {
  dir.write("services.csv",
            "service,name,handles_customer_data,personal_data,privacy_role\n"
            "proc,Processor,yes,yes,processor\n");
  ASSERT_EQ(run({"import", "services", "services.csv"}).exit_code, 0);
  auto exported = run({"export", "services"});
  ASSERT_EQ(exported.exit_code, 0);
  EXPECT_THAT(exported.out, HasSubstr(",yes,processor,"));
  dir.write("again.csv", exported.out);
  EXPECT_THAT(run({"import", "services", "again.csv"}).out, HasSubstr("0 changed, 1 unchanged"));
  auto a = applicability("proc");
  EXPECT_EQ(a["soc2"]["categories"][1]["category"], "Confidentiality");
  EXPECT_EQ(a["soc2"]["categories"].size(), 2u);
  auto table = run({"applicability", "proc"});
  EXPECT_THAT(table.out, Not(HasSubstr("Privacy:")));
  EXPECT_THAT(table.out, HasSubstr("privacy role: processor"));
}

TEST_F(ApplicabilityCli, AnUnansweredServiceIsUndeterminedEverywhere) {
  dir.write("services.csv", "service,name\nblank,Blank\n");
  ASSERT_EQ(run({"import", "services", "services.csv"}).exit_code, 0);
  auto table = run({"applicability", "blank"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_THAT(table.out, HasSubstr("SOC 2 undetermined:"));
  EXPECT_THAT(table.out, HasSubstr("SOC 2: undetermined — answer: Does it handle personal data or "
                                   "customer information? Do customers ask about security and "
                                   "privacy (not accounting)?"));
  EXPECT_THAT(table.out, Not(HasSubstr("does not apply")));
  auto score = run({"score", "blank", "--format", "json"});
  ASSERT_EQ(score.exit_code, 0) << score.err;
  for (const auto& x : nlohmann::json::parse(score.out)) {
    EXPECT_EQ(x["applies"], false);
    EXPECT_EQ(x["applicability"], "undetermined");
    EXPECT_EQ(x["band"], "Undetermined");
  }
  auto explain = run({"explain", "blank", "--framework", "soc1"});
  EXPECT_THAT(explain.out, HasSubstr("Applies: undetermined (scored anyway, band Undetermined)"));
}

}  // namespace
}  // namespace socready
