#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "report/portfolio_report.hpp"
#include "report/render.hpp"
#include "report/report_fixtures.hpp"
#include "report/service_report.hpp"

namespace socready::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::sample_input;
using ::testing::StartsWith;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The one line containing `needle`; fails the test when there is not exactly one.
std::string line_with(const std::string& text, const std::string& needle) {
  std::vector<std::string> found;
  for (const auto& l : lines_of(text))
    if (l.find(needle) != std::string::npos) found.push_back(l);
  EXPECT_EQ(found.size(), 1u) << "lines containing '" << needle << "'";
  return found.empty() ? std::string() : found.front();
}

// The one table row starting with `prefix`.
std::string row_starting(const std::string& text, const std::string& prefix) {
  std::vector<std::string> found;
  for (const auto& l : lines_of(text))
    if (l.starts_with(prefix)) found.push_back(l);
  EXPECT_EQ(found.size(), 1u) << "rows starting with '" << prefix << "'";
  return found.empty() ? std::string() : found.front();
}

int unescaped_pipes(const std::string& s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == '|' && (i == 0 || s[i - 1] != '\\')) ++n;
  return n;
}

std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::string cell;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '|' && row[i - 1] != '\\') {
      out.push_back(cell.substr(cell.find_first_not_of(' '),
                                cell.find_last_not_of(' ') - cell.find_first_not_of(' ') + 1));
      cell.clear();
    } else {
      cell += row[i];
    }
  }
  return out;
}

const ReportFile& file(const std::vector<ReportFile>& files, const std::string& path) {
  auto it = std::find_if(files.begin(), files.end(),
                         [&](const ReportFile& f) { return f.relative_path == path; });
  if (it == files.end()) throw std::runtime_error("no file " + path);
  return *it;
}

// ---- Portfolio ----

TEST(ReportPortfolio, PreliminaryNoticeOpensTheFileOnlyWhenPreliminary) {
  auto in = sample_input();
  const std::string live = render_portfolio(in);
  EXPECT_THAT(live, StartsWith("> **Preliminary:** computed on 2026-11-26 from live data"));
  in.preliminary = false;
  const std::string frozen = render_portfolio(in);
  EXPECT_THAT(frozen, StartsWith("# SOC readiness, 2026-Q4 (as of 2026-11-26)\n"));
  EXPECT_THAT(frozen, Not(HasSubstr("Preliminary")));
}

TEST(ReportPortfolio, TitleAndSummary) {
  const std::string md = render_portfolio(sample_input());
  EXPECT_THAT(md, HasSubstr("\n# SOC readiness, 2026-Q4 (as of 2026-11-26)\n\n"));
  EXPECT_THAT(md, HasSubstr("- 3 services tracked in 2 product lines.\n"));
  EXPECT_THAT(md, HasSubstr("SOC 1 only 1, SOC 2 only 1, both 1, neither 0, undetermined 0."));
  EXPECT_THAT(md, HasSubstr("- 2 open blockers:"));
  // Ready per report: billing is Ready for both SOC 1 types, nobody for SOC 2.
  EXPECT_EQ(cells(row_starting(md, "| SOC 1 Type I ")),
            (std::vector<std::string>{"SOC 1 Type I", "2", "1", "0", "1", "0", "1"}));
  EXPECT_EQ(cells(row_starting(md, "| SOC 2 Type II ")),
            (std::vector<std::string>{"SOC 2 Type II", "2", "0", "0", "2", "0", "1"}));
}

TEST(ReportPortfolio, BiggestMoversAcrossThreeQuarters) {
  const std::string md = render_portfolio(sample_input());
  // Regressions and improvements are listed apart, so a rise never hides a fall.
  EXPECT_THAT(md, HasSubstr("Biggest regressions since 2026-Q3:\n\n"
                            "- API Gateway: SOC 2 Type II ▼ 2.0, now 66.7\n\n"));
  EXPECT_THAT(md, HasSubstr("Biggest improvements since 2026-Q3:\n\n"));
  const std::string billing = line_with(md, ": SOC 1 Type I ▲ 5.0, now 100.0");
  EXPECT_THAT(billing, StartsWith("- Billing \\| Invoicing &lt;script&gt;"));
  EXPECT_THAT(md, HasSubstr("- Payroll Engine: SOC 1 Type I ▲ 4.5, now 62.5\n"));
  // Largest change first.
  EXPECT_LT(md.find("Biggest regressions"), md.find("Biggest improvements"));
  EXPECT_LT(md.find("now 100.0"), md.find("Payroll Engine: SOC 1"));
}

TEST(ReportPortfolio, ProductLineTablesWithChangeAndBlockers) {
  const std::string md = render_portfolio(sample_input());
  EXPECT_THAT(md, HasSubstr("## Finance\n\n| Service"));
  EXPECT_THAT(md, HasSubstr("## Platform\n\n| Service"));
  EXPECT_LT(md.find("## Finance"), md.find("## Platform"));

  // Payroll's least ready report is SOC 1 Type II: 39.3 in Q3, 43.8 now.
  EXPECT_EQ(cells(line_with(md, "[Payroll Engine](services/payroll.md)")),
            (std::vector<std::string>{"[Payroll Engine](services/payroll.md)", "SOC 1 only", "62.5",
                                      "**43.8**", "—", "—", "In progress", "▲ 4.5", "1"}));
  // API gateway: SOC 2 Type II went from 68.7 to 66.7.
  EXPECT_EQ(cells(line_with(md, "[API Gateway](services/api-gateway.md)")),
            (std::vector<std::string>{"[API Gateway](services/api-gateway.md)", "SOC 2 only", "—",
                                      "—", "83.3", "**66.7**", "In progress", "▼ 2.0", "0"}));
  // Billing: SOC 2 did not apply last quarter.
  const auto billing = cells(line_with(md, "(services/billing.md)"));
  ASSERT_EQ(billing.size(), 9u);
  EXPECT_EQ(billing[1], "SOC 1 + SOC 2");
  EXPECT_EQ(billing[5], "**50.0**");
  EXPECT_EQ(billing[7], "new");
  EXPECT_EQ(billing[8], "1");
}

TEST(ReportPortfolio, HostileNameCannotBreakTheRow) {
  const std::string md = render_portfolio(sample_input());
  const std::string row = line_with(md, "(services/billing.md)");
  EXPECT_EQ(unescaped_pipes(row), 10);  // 9 columns
  EXPECT_EQ(cells(row).size(), 9u);
  for (const auto& line : lines_of(md))
    if (line.starts_with("| Service ") || line.find("](services/") != std::string::npos) {
      EXPECT_EQ(unescaped_pipes(line), 10) << line;
    }
  EXPECT_THAT(md, Not(HasSubstr("<script")));
  // Every ']' of user text is escaped, so no link target can follow one.
  for (std::size_t at = md.find("](http"); at != std::string::npos; at = md.find("](http", at + 1))
    EXPECT_EQ(md[at - 1], '\\') << md.substr(at - 20, 40);
  EXPECT_THAT(md, Not(HasSubstr("\n# [")));
  EXPECT_THAT(row, HasSubstr("\\[x\\](http\\://evil) \\`rm -rf\\` \\*\\*bold\\*\\*"));
}

TEST(ReportPortfolio, HowToReadQuotesThePolicy) {
  const std::string md = render_portfolio(sample_input());
  EXPECT_THAT(md, HasSubstr("Ready at 90 or more with no blockers (for Type II, also no deviation "
                            "or missing period on a key control); Nearly ready at 75 or more but "
                            "not Ready; In progress at 40 or more; Early below 40."));
  EXPECT_THAT(md, HasSubstr("the 6-month observation window"));
  EXPECT_THAT(md, HasSubstr("\n---\n\nGenerated by socready 0.1.0.\n"));
  EXPECT_TRUE(md.ends_with("socready 0.1.0.\n"));
}

TEST(ReportPortfolio, FirstPeriodHasNoChanges) {
  auto in = sample_input();
  for (auto& [slug, points] : in.history)
    std::erase_if(points, [](const PeriodScore& p) { return p.period != "2026-Q4"; });
  const std::string md = render_portfolio(in);
  EXPECT_THAT(md, HasSubstr("No earlier period is on record"));
  EXPECT_EQ(cells(line_with(md, "(services/payroll.md)"))[7], "new");
}

// ---- Service files ----

TEST(ReportService, ApplicabilityRationaleAndScope) {
  const auto in = sample_input();
  const std::string md = render_service(in, in.services[1]);
  EXPECT_THAT(md, HasSubstr("This service needs **SOC 1 + SOC 2**."));
  EXPECT_THAT(md, HasSubstr("**SOC 1 applies**, because:\n\n- Affects customers' financial "
                            "reporting: inferred yes from capability 'billing'\n"));
  EXPECT_THAT(md, HasSubstr("**Still to answer:**\n\n- Do customers ask about Sarbanes-Oxley or "
                            "financial audit requirements?\n"));
  EXPECT_THAT(md, HasSubstr("### SOC 2 categories in scope"));
  EXPECT_THAT(line_with(md, "| Availability "), HasSubstr("the service commits to uptime"));
  EXPECT_THAT(md, HasSubstr("### SOC 1 objectives in scope"));
  EXPECT_THAT(line_with(md, "| BP-COMPLETENESS"), HasSubstr("title of BP-COMPLETENESS"));
  // The hostile name is one escaped heading.
  EXPECT_THAT(md, HasSubstr("\n# Billing \\| Invoicing &lt;script&gt;"));
  EXPECT_THAT(md, Not(HasSubstr("\n# [")));
}

TEST(ReportService, ReadinessCoverageAndGaps) {
  const auto in = sample_input();
  const std::string md = render_service(in, in.services[0]);  // payroll
  EXPECT_THAT(md, HasSubstr("## SOC 1 readiness\n"));
  EXPECT_THAT(md, Not(HasSubstr("## SOC 2 readiness")));
  EXPECT_EQ(cells(row_starting(md, "| Type I ")),
            (std::vector<std::string>{"Type I", "62.5", "In progress", "3 of 4", "1"}));
  EXPECT_EQ(cells(row_starting(md, "| Type II ")),
            (std::vector<std::string>{"Type II", "43.8", "In progress", "3 of 4", "1"}));
  // ITGC: 3 in scope, scores 1, 0.5, 1 (Type I) and 1, 0.25, 0.5 (Type II).
  EXPECT_EQ(cells(line_with(md, "| ITGC IT general controls")),
            (std::vector<std::string>{"ITGC IT general controls", "3", "3", "83.3", "58.3"}));
  // Blockers first, then by score.
  const auto gaps_at = md.find("### Gaps, most urgent first");
  ASSERT_NE(gaps_at, std::string::npos);
  const auto accuracy = md.find("| BP-ACCURACY title of BP-ACCURACY", gaps_at);
  const auto change = md.find("| ITGC-CHANGE", gaps_at);
  const auto ops = md.find("| ITGC-OPS", gaps_at);
  ASSERT_NE(accuracy, std::string::npos);
  EXPECT_LT(accuracy, change);
  EXPECT_LT(change, ops);
  EXPECT_EQ(cells(line_with(md, "| BP-ACCURACY title")),
            (std::vector<std::string>{"BP-ACCURACY title of BP-ACCURACY", "Type I and II",
                                      "No control addresses it", "—", "—"}));
  EXPECT_EQ(cells(line_with(md, "| ITGC-OPS title")),
            (std::vector<std::string>{"ITGC-OPS title of ITGC-OPS", "—",
                                      "The best control has too little evidence in the window",
                                      "BK-01", "Infra &lt;team&gt;"}));
}

TEST(ReportService, GapThatBlocksOnlyTypeTwo) {
  using testing::control;
  using testing::readiness;
  using testing::requirement;
  auto in = sample_input();
  auto& api = in.services[2];
  const auto late = control("NEW-01", "New control", "Sam", Status::implemented, Frequency::monthly,
                            testing::day("2026-11-20"));
  api.soc2_type2 = readiness(
      Framework::soc2, ReportType::type2, true,
      {requirement("CC6.1", "CC6", "Security", 0, {late}, scoring::GapReason::short_history)});
  const std::string md = render_service(in, api);
  EXPECT_EQ(cells(line_with(md, "| CC6.1 title")),
            (std::vector<std::string>{"CC6.1 title of CC6.1", "Type II",
                                      "The best control began operating after the window opened",
                                      "NEW-01", "Sam"}));
}

TEST(ReportService, CoverageNoteAppearsOnce) {
  const auto in = sample_input();
  const std::string md = render_service(in, in.services[1]);  // both frameworks
  const std::string note = "Covered: requirements with at least one effective control.";
  ASSERT_NE(md.find(note), std::string::npos);
  EXPECT_EQ(md.find(note, md.find(note) + 1), std::string::npos);
}

TEST(ReportService, EvidenceGoingStaleNextQuarter) {
  const auto in = sample_input();
  const std::string md = render_service(in, in.services[1]);  // billing
  const auto at = md.find("## Evidence that will go stale in 2027-Q1\n");
  ASSERT_NE(at, std::string::npos);
  const std::string section = md.substr(at, md.find("## Trend") - at);
  std::vector<std::vector<std::string>> rows;
  for (const auto& l : lines_of(section))
    if (l.starts_with("| ") && !l.starts_with("| Control") && !l.starts_with("| -"))
      rows.push_back(cells(l));
  // By date, then key. CM-01 (until 2026-12-08) runs out this quarter, RC-02 (until 2027-04-01)
  // the one after, CM-02 has no evidence at all: none of them is listed.
  ASSERT_EQ(rows.size(), 3u) << section;
  EXPECT_EQ(rows[0], (std::vector<std::string>{"AC-01 Access review", "Dana Ops", "monthly",
                                               "2026-11-20", "2027-01-04"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"BK-01 Backup restore test", "Infra &lt;team&gt;",
                                               "quarterly", "2026-11-01", "2027-03-01"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"RC-01 Revenue reconciliation", "Finance", "annual",
                                               "2026-02-24", "2027-03-31"}));
}

TEST(ReportService, NothingGoingStale) {
  auto in = sample_input();
  in.as_of = testing::day("2027-06-30");  // next quarter 2027-Q3: all evidence has run out by then
  const std::string md = render_service(in, in.services[1]);
  EXPECT_THAT(md, HasSubstr("## Evidence that will go stale in 2027-Q3\n\nNo evidence on file "
                            "runs out in 2027-Q3.\n"));
}

TEST(ReportService, TrendTableAndMermaidChart) {
  const auto in = sample_input();
  const std::string md = render_service(in, in.services[0]);  // payroll: SOC 1 only
  EXPECT_THAT(md, HasSubstr("| Period  | SOC 1 Type I | SOC 1 Type II |\n"));
  EXPECT_EQ(cells(line_with(md, "| 2026-Q2 ")),
            (std::vector<std::string>{"2026-Q2", "40.0", "20.0"}));
  EXPECT_EQ(cells(line_with(md, "| 2026-Q4 ")),
            (std::vector<std::string>{"2026-Q4", "62.5", "43.8"}));
  EXPECT_THAT(md, HasSubstr("```mermaid\n"));
  EXPECT_THAT(md, HasSubstr("xychart-beta\n  title \"Readiness by period\"\n"
                            "  x-axis [\"2026-Q2\", \"2026-Q3\", \"2026-Q4\"]\n"
                            "  y-axis \"Readiness\" 0 --> 100\n"
                            "  line [40.0, 58.0, 62.5]\n"
                            "  line [20.0, 39.3, 43.8]\n```\n"));
  EXPECT_THAT(md, HasSubstr("Lines: SOC 1 Type I (light blue), SOC 1 Type II (dark blue)."));
  EXPECT_THAT(md, Not(HasSubstr("SOC 2 Type I |")));
}

TEST(ReportService, TrendEndsWithThisPeriodsResults) {
  auto in = sample_input();
  for (auto& p : in.history["payroll"])
    if (p.period == "2026-Q4") p.readiness = 99.0;  // a stale copy of this period
  in.history.erase("api-gateway");                  // or none at all
  const std::string payroll = render_service(in, in.services[0]);
  EXPECT_EQ(cells(line_with(payroll, "| 2026-Q4 ")),
            (std::vector<std::string>{"2026-Q4", "62.5", "43.8"}));
  const std::string api = render_service(in, in.services[2]);
  EXPECT_EQ(cells(line_with(api, "| 2026-Q4 ")),
            (std::vector<std::string>{"2026-Q4", "83.3", "66.7"}));
  EXPECT_THAT(api, HasSubstr("The chart appears once a second period is on record."));
  EXPECT_THAT(api, Not(HasSubstr("```mermaid")));
}

TEST(ReportService, TrendMarksPeriodsWhenAReportDidNotApply) {
  const auto in = sample_input();
  const std::string md = render_service(in, in.services[1]);  // billing: SOC 2 new
  EXPECT_EQ(cells(line_with(md, "| 2026-Q3 ")),
            (std::vector<std::string>{"2026-Q3", "95.0", "100.0", "—", "—"}));
  EXPECT_THAT(md, HasSubstr("  line [30.0, 50.0, 66.7]\n"));
  EXPECT_THAT(md, HasSubstr("Where the table shows —, the report did not apply that period"));
}

TEST(ReportService, NoApplicableReportSaysSoAndListsUnknowns) {
  auto in = sample_input();
  auto s = in.services[2];
  s.service = "intranet";
  s.applicability.soc1 = {scoring::Outcome::undetermined,
                          {"Affects customers' financial reporting: unknown"},
                          {"Does the service affect a customer's financial reporting?"}};
  s.applicability.soc2 = {scoring::Outcome::does_not_apply, {"Handles customer data: no"}, {}};
  s.applicability.verdict = "SOC 1 undetermined, no SOC 2";
  s.applicability.unknowns = {"Does the service affect a customer's financial reporting?"};
  for (auto f : scoring::all_frameworks)
    for (auto t : scoring::all_report_types)
      s.readiness(f, t).applicability = scoring::Outcome::does_not_apply;
  const std::string md = render_service(in, s);
  EXPECT_THAT(md, HasSubstr("Which reports this service needs is not settled: **SOC 1 "
                            "undetermined, no SOC 2**."));
  EXPECT_THAT(md, HasSubstr("**SOC 1 undetermined**, because:"));
  EXPECT_THAT(md, HasSubstr("SOC 1: undetermined — answer: Does the service affect a customer's "
                            "financial reporting?\n"));
  EXPECT_THAT(md, HasSubstr("**Still to answer:**\n\n- Does the service affect a customer's "
                            "financial reporting?\n"));
  EXPECT_THAT(md, Not(HasSubstr("readiness\n")));
  EXPECT_THAT(md, Not(HasSubstr("Evidence that will go stale")));
  EXPECT_THAT(md, HasSubstr("No report has applied to this service in any period on record."));
}

// ---- The folder ----

TEST(ReportRender, FilesInDeterministicOrder) {
  const auto files = render_reports(sample_input());
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(f.relative_path);
  EXPECT_EQ(paths, (std::vector<std::string>{"README.md", "owners.md", "services/api-gateway.md",
                                             "services/billing.md", "services/payroll.md"}));
}

TEST(ReportRender, SameInputSameBytesWhateverTheOrder) {
  const auto in = sample_input();
  const auto first = render_reports(in);
  const auto second = render_reports(in);
  auto shuffled = in;
  std::reverse(shuffled.services.begin(), shuffled.services.end());
  const auto third = render_reports(shuffled);
  ASSERT_EQ(first.size(), second.size());
  ASSERT_EQ(first.size(), third.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].relative_path, second[i].relative_path);
    EXPECT_EQ(first[i].content, second[i].content) << first[i].relative_path;
    EXPECT_EQ(first[i].relative_path, third[i].relative_path);
    EXPECT_EQ(first[i].content, third[i].content) << first[i].relative_path;
  }
}

TEST(ReportRender, CollidingFileNamesGetASuffix) {
  auto in = sample_input();
  in.services[0].service = "../billing";  // maps to "billing", like the real billing service
  const auto files = render_reports(in);
  EXPECT_EQ(file(files, "services/billing.md").content.find("# Billing \\|") != std::string::npos,
            true);
  EXPECT_THAT(file(files, "services/billing-2.md").content, HasSubstr("# Payroll Engine\n"));
  EXPECT_THAT(file(files, "README.md").content,
              HasSubstr("[Payroll Engine](services/billing-2.md)"));
}

TEST(ReportRender, ServiceFilesLinkBackAndCarryTheNotice) {
  const auto files = render_reports(sample_input());
  const std::string& md = file(files, "services/payroll.md").content;
  EXPECT_THAT(md, StartsWith("> **Preliminary:**"));
  EXPECT_THAT(
      md,
      HasSubstr("Finance · 2026-Q4 · as of 2026-11-26 · [Back to the portfolio](../README.md)"));
}

// BK-01, a monthly control scored for Type II, with no deviations yet.
std::shared_ptr<scoring::ControlScore> backup_control() {
  auto bk = std::make_shared<scoring::ControlScore>(*testing::control(
      "BK-01", "Backup restore test", "Infra", Status::implemented, Frequency::monthly, {}));
  bk->type = ReportType::type2;
  return bk;
}

TEST(ReportService, DeviationsInTheWindowAreListed) {
  ReportInput in = sample_input();
  auto& payroll = in.services[0];
  auto& type2 = payroll.readiness(Framework::soc1, ReportType::type2);
  auto bk = backup_control();
  bk->is_key = true;
  bk->deviations = {{"BK-01", testing::day("2026-05-20"), TestResult::fail, "", 25, 2,
                     "Restore | fixed", testing::day("2026-07-01")},
                    {"BK-01", testing::day("2026-08-01"), std::nullopt, "2026-08", {}, {}, "", {}}};
  auto& first = type2.requirements.front();
  testing::add_control(first, bk);
  const std::string md = render_service(in, payroll);
  EXPECT_THAT(md, HasSubstr("### Deviations in the window\n\n"));
  EXPECT_EQ(cells(line_with(md, "| 2026-05-20 |")),
            (std::vector<std::string>{"BK-01 (key)", first.code, "2026-05-20", "fail", "25", "2",
                                      "Restore \\| fixed", "2026-07-01"}));
  EXPECT_EQ(cells(line_with(md, "| 2026-08-01 |")),
            (std::vector<std::string>{"BK-01 (key)", first.code, "2026-08-01",
                                      "no evidence for 2026-08", "—", "—", "—", "—"}));
  // Type I has no deviations, and a page without any says so.
  payroll.readiness(Framework::soc1, ReportType::type2).requirements.front().controls.pop_back();
  EXPECT_THAT(render_service(in, payroll),
              HasSubstr("None: no test in the Type II window found a deviation"));
}

TEST(ReportService, ARunOfMissingPeriodsIsOneRowAtItsFirstDay) {
  // BK-01 (monthly) has no evidence for March to June, then for August; a test failed on
  // 2026-05-20. March to June (4 in a row) is one row dated 2026-03-01; August stays its own row;
  // the test keeps its place by date, after the run's first day.
  ReportInput in = sample_input();
  auto& payroll = in.services[0];
  auto bk = backup_control();
  auto gap = [](const char* first_day, const char* period) {
    return scoring::Deviation{"BK-01", testing::day(first_day), std::nullopt, period, {}, {}, "",
                              {}};
  };
  bk->deviations = {gap("2026-03-01", "2026-03"),
                    gap("2026-04-01", "2026-04"),
                    {"BK-01", testing::day("2026-05-20"), TestResult::fail, "", 25, 2, "", {}},
                    gap("2026-05-01", "2026-05"),
                    gap("2026-06-01", "2026-06"),
                    gap("2026-08-01", "2026-08")};
  testing::add_control(payroll.readiness(Framework::soc1, ReportType::type2).requirements.front(),
                       bk);
  const std::string md = render_service(in, payroll);
  EXPECT_EQ(cells(line_with(md, "| 2026-03-01 |"))[3],
            "no evidence for 2026-03 to 2026-06 (4 periods)");
  EXPECT_THAT(md, Not(HasSubstr("| 2026-04-01 |")));
  EXPECT_THAT(md, Not(HasSubstr("no evidence for 2026-05")));
  EXPECT_EQ(cells(line_with(md, "| 2026-08-01 |"))[3], "no evidence for 2026-08");
  const auto run = md.find("| 2026-03-01 |");
  const auto test = md.find("| 2026-05-20 |");
  const auto august = md.find("| 2026-08-01 |");
  EXPECT_LT(run, test);
  EXPECT_LT(test, august);
}

}  // namespace
}  // namespace socready::report
