#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <set>

#include "core/error.hpp"
#include "scoring/json.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"
#include "store/control_score_json.hpp"
#include "store/snapshot_json.hpp"

namespace socready::scoring {
namespace {

using nlohmann::json;
using store::control_score_json;
using store::service_result_from_json;
using store::share_scores;
using store::shared_scores_from_json;
using store::SharedScores;
using store::to_json;
using store::to_json_sharing_controls;
using testing::day;
using ::testing::ElementsAre;

ServiceResult worked() { return score(testing::worked_example(), {day("2026-09-30"), 6}).at(0); }

TEST(ScoringFullJson, RoundTripIsExact) {
  std::vector<ServiceResult> all = score(testing::worked_example(), {day("2026-09-30"), 6});
  for (unsigned seed = 1; seed <= 10; ++seed) {
    auto more = score(testing::random_inventory(seed),
                      {testing::random_as_of(), 2 + static_cast<int>(seed)});
    all.insert(all.end(), more.begin(), more.end());
  }
  for (const auto& original : all) {
    std::string text = to_json(original).dump();
    ServiceResult back = service_result_from_json(json::parse(text));
    EXPECT_EQ(back, original) << original.service;
    EXPECT_EQ(to_json(back).dump(), text);
  }
}

// The form frozen snapshots use: control scores and shared contributors once for all
// results, each result by reference.
TEST(ScoringFullJson, SharedScoresRoundTripExactly) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    const auto results =
        score(testing::random_inventory(seed, 8, 120), {testing::random_as_of(), 6});
    const auto written = share_scores(results);
    const auto shared = shared_scores_from_json(json::parse(to_json(written).dump()));
    ASSERT_FALSE(shared.empty());
    for (const auto& original : results) {
      const std::string text = to_json_sharing_controls(original, written).dump();
      EXPECT_LT(text.size(), to_json(original).dump().size());
      // Gaps follow from the requirements and are rebuilt on reading, not stored.
      const json parsed = json::parse(text);
      for (const auto& readiness : parsed["readiness"]) EXPECT_TRUE(readiness["gaps"].is_null());
      EXPECT_EQ(service_result_from_json(json::parse(text), shared), original) << original.service;
      // Written again from what was read, the same bytes.
      EXPECT_EQ(
          to_json_sharing_controls(service_result_from_json(json::parse(text), shared), shared)
              .dump(),
          text);
    }
    // Without the shared scores a compact result cannot be read.
    EXPECT_THROW(
        service_result_from_json(json::parse(to_json_sharing_controls(results[0], written).dump())),
        socready::Error);
  }
}

// Entity-level controls address a requirement for every service: written once, not per result.
TEST(ScoringFullJson, EntityLevelContributorsAreWrittenOnce) {
  const auto results = score(testing::random_inventory(3, 8, 120), {testing::random_as_of(), 6});
  const auto shared = share_scores(results);
  std::set<std::string> entity_level;
  for (const auto& c : testing::random_inventory(3, 8, 120).controls)
    if (c.version.all_services && c.version.status != Status::not_applicable)
      entity_level.insert(c.version.key);
  ASSERT_FALSE(entity_level.empty());
  // Each shared contributor is listed by every result that has the requirement.
  std::size_t common_keys = 0;
  for (ReportType t : all_report_types)
    for (const auto& [code, list] : shared.common[t == ReportType::type1 ? 0 : 1]) {
      common_keys += list.size();
      for (const auto& r : results)
        for (Framework f : all_frameworks)
          for (const auto& q : r.readiness(f, t).requirements)
            if (q.code == code) {
              for (const auto& c : list) {
                EXPECT_TRUE(std::any_of(q.controls.begin(), q.controls.end(),
                                        [&](const auto& x) { return x->key == c->key; }))
                    << r.service << " " << code << " " << c->key;
              }
            }
    }
  EXPECT_GT(common_keys, 0u);
  for (const auto& r : results) {
    const json j = to_json_sharing_controls(r, shared);
    for (const auto& readiness : j["readiness"])
      for (const auto& q : readiness["requirements"]) {
        ASSERT_FALSE(q.contains("controls"));
        for (const auto& key : q["own_controls"])
          EXPECT_EQ(entity_level.count(key.get<std::string>()), 0u) << r.service << " " << q;
      }
  }
}

// Snapshots frozen before shared contributors hold a bare array of control scores and full
// key lists in each result; they still read back exactly.
TEST(ScoringFullJson, ReadsSnapshotsWithoutSharedContributors) {
  const auto results = score(testing::random_inventory(4, 6, 80), {testing::random_as_of(), 6});
  const auto shared = share_scores(results);
  json controls_only = json::array();
  for (const auto& by_key : shared.by_type)
    for (const auto& [key, score] : by_key) controls_only.push_back(control_score_json(*score));
  const auto read = shared_scores_from_json(controls_only);
  EXPECT_TRUE(read.common[0].empty() && read.requirements.empty());
  for (const auto& original : results) {
    json j = to_json(original);
    for (auto& readiness : j["readiness"]) readiness["controls"] = nullptr;
    EXPECT_EQ(service_result_from_json(j, read), original) << original.service;
  }
}

// Requirement text is written once, shared; a result whose text differs keeps its own.
TEST(ScoringFullJson, RequirementTextIsSharedUnlessItDiffers) {
  auto results = score(testing::random_inventory(6, 4, 60), {testing::random_as_of(), 6});
  auto& renamed = results[1].readiness(Framework::soc2, ReportType::type1).requirements.at(0);
  renamed.title = "Renamed in this result only";
  const auto written = share_scores(results);
  const auto shared = shared_scores_from_json(json::parse(to_json(written).dump()));
  EXPECT_EQ(shared.requirements, written.requirements);
  for (const auto& original : results) {
    const json j = to_json_sharing_controls(original, written);
    for (const auto& readiness : j["readiness"])
      for (const auto& q : readiness["requirements"])
        EXPECT_EQ(q.contains("title"), q["code"] == renamed.code && &original == &results[1] &&
                                           readiness["framework"] == "SOC2" &&
                                           readiness["type"] == "I")
            << original.service << " " << q["code"];
    EXPECT_EQ(service_result_from_json(json::parse(j.dump()), shared), original);
  }
}

TEST(ScoringFullJson, SharedFormRefusesUnorderedOrUnknownContributors) {
  const auto results = score(testing::random_inventory(5, 8, 400), {testing::random_as_of(), 6});
  const auto shared = share_scores(results);
  // Find a requirement with two own contributors and swap them.
  json j;
  json* two = nullptr;
  for (std::size_t i = 0; i < results.size() && !two; ++i) {
    j = to_json_sharing_controls(results[i], shared);
    for (auto& readiness : j["readiness"])
      for (auto& q : readiness["requirements"])
        if (!two && q["own_controls"].size() >= 2) two = &q["own_controls"];
  }
  ASSERT_NE(two, nullptr);
  std::swap((*two)[0], (*two)[1]);
  EXPECT_THROW(service_result_from_json(j, shared), socready::Error);
  (*two)[0] = "NO-SUCH-CONTROL";
  EXPECT_THROW(service_result_from_json(j, shared), socready::Error);

  // A shared contributor listed again as a result's own.
  bool planted = false;
  for (std::size_t i = 0; i < results.size() && !planted; ++i) {
    j = to_json_sharing_controls(results[i], shared);
    for (auto& readiness : j["readiness"]) {
      const auto& common = shared.common[readiness["type"] == "I" ? 0 : 1];
      for (auto& q : readiness["requirements"]) {
        auto it = common.find(q["code"].get<std::string>());
        if (planted || it == common.end() || it->second.empty()) continue;
        q["own_controls"] = json::array({it->second.front()->key});
        planted = true;
      }
    }
  }
  ASSERT_TRUE(planted);
  EXPECT_THROW(service_result_from_json(j, shared), socready::Error);
}

TEST(ScoringFullJson, KeepsUnroundedNumbers) {
  // Operating since 2026-08-01: 60 of the window's 184 days.
  Inventory inv = testing::worked_example();
  inv.controls[0].version.implemented_on = day("2026-08-01");
  ServiceResult r = score(inv, {day("2026-09-30"), 6}).at(0);
  json j = to_json(r);
  ASSERT_EQ(j["readiness"][1]["type"], "II");
  EXPECT_EQ(j["readiness"][1]["readiness"].get<double>(), r.soc1_type2.readiness);
  EXPECT_NE(r.soc1_type2.readiness, round1(r.soc1_type2.readiness));
}

TEST(ScoringFullJson, MalformedInputIsAnInternalError) {
  json j = to_json(worked());
  j["readiness"][1]["band"] = "Brilliant";
  EXPECT_THROW(service_result_from_json(j), Error);
  json k = to_json(worked());
  k.erase("as_of");
  EXPECT_THROW(service_result_from_json(k), Error);
  EXPECT_THROW(service_result_from_json(json::array()), Error);
  // Gaps follow from the requirements; a list that does not is refused.
  json g = to_json(worked());
  for (auto& readiness : g["readiness"])
    if (!readiness["gaps"].empty()) {
      readiness["gaps"].erase(0);
      break;
    }
  EXPECT_THROW(service_result_from_json(g), Error);
}

TEST(ScoringFullJson, DeterministicDump) {
  auto inv = testing::random_inventory(11);
  Options options{testing::random_as_of(), 6};
  auto a = score(inv, options);
  auto b = score(inv, options);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(to_json(a[i]).dump(), to_json(b[i]).dump());
    for (Framework f : all_frameworks)
      for (ReportType t : all_report_types)
        EXPECT_EQ(score_json(a[i], f, t).dump(), score_json(b[i], f, t).dump());
  }
}

}  // namespace
}  // namespace socready::scoring

namespace socready::scoring {
namespace {

// Drops what snapshots frozen before the three outcomes of SPEC §3 did not have.
void strip_outcomes(nlohmann::json& j) {
  if (j.is_object()) {
    for (const char* key : {"to_answer", "to_confirm", "contradictions"}) j.erase(key);
    if (auto it = j.find("applicability"); it != j.end() && it->is_string()) j.erase(it);
    for (auto& [k, v] : j.items()) strip_outcomes(v);
  } else if (j.is_array()) {
    for (auto& v : j) strip_outcomes(v);
  }
}

TEST(ScoringFullJson, ReadsSnapshotsFrozenBeforeTheThreeOutcomes) {
  const ServiceResult now = score(testing::worked_example(), {testing::day("2026-09-30"), 6}).at(0);
  ASSERT_EQ(now.applicability.soc2.outcome, Outcome::undetermined);
  nlohmann::json old = store::to_json(now);
  strip_outcomes(old);
  old["applicability"]["verdict"] = "SOC 1";  // the verdict of those versions
  ASSERT_EQ(old.dump().find("undetermined"), std::string::npos);
  const ServiceResult back = store::service_result_from_json(old);
  // `applies: false` was printed as "does not apply" then; a frozen period never changes.
  EXPECT_EQ(back.applicability.soc1.outcome, Outcome::applies);
  EXPECT_EQ(back.applicability.soc2.outcome, Outcome::does_not_apply);
  EXPECT_EQ(back.soc2_type1.applicability, Outcome::does_not_apply);
  EXPECT_EQ(back.soc1_type2.applicability, Outcome::applies);
  EXPECT_EQ(back.applicability.verdict, "SOC 1");
  EXPECT_TRUE(back.applicability.to_confirm.empty());
  EXPECT_TRUE(back.applicability.soc2.to_answer.empty());
}

}  // namespace
}  // namespace socready::scoring

// Frozen snapshots are read with simdjson from the text the nlohmann writers wrote; these read
// the way load_snapshot does, and compare whole results.
namespace socready::scoring {
namespace {

simdjson::dom::element parsed(simdjson::dom::parser& parser, const std::string& text) {
  return parser.parse(text).value();
}

TEST(SnapshotJsonSimdjson, SharedFormReadsBackEqualResults) {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const auto results =
        score(testing::random_inventory(seed, 8, 120), {testing::random_as_of(), 6});
    const auto written = store::share_scores(results);
    simdjson::dom::parser shared_parser;
    const auto shared =
        store::shared_scores_from_json(parsed(shared_parser, store::to_json(written).dump()));
    EXPECT_EQ(shared.requirements, written.requirements);
    for (std::size_t t = 0; t < 2; ++t) {
      ASSERT_EQ(shared.by_type[t].size(), written.by_type[t].size());
      for (const auto& [key, c] : written.by_type[t]) EXPECT_EQ(*shared.by_type[t].at(key), *c);
    }
    simdjson::dom::parser parser;
    for (const auto& original : results) {
      const auto text = store::to_json_sharing_controls(original, written).dump();
      EXPECT_EQ(store::service_result_from_json(parsed(parser, text), shared), original)
          << original.service;
    }
  }
}

TEST(SnapshotJsonSimdjson, CompleteFormReadsBackEqualResults) {
  simdjson::dom::parser parser;
  for (unsigned seed = 1; seed <= 4; ++seed)
    for (const auto& original :
         score(testing::random_inventory(seed), {testing::random_as_of(), 2 + int(seed)})) {
      const auto text = store::to_json(original).dump();
      EXPECT_EQ(store::service_result_from_json(parsed(parser, text)), original)
          << original.service;
    }
}

// Every double the writers write reads back to the same bits, whatever its form in the text
// (nlohmann writes the shortest that round-trips: "0.1", "1e-05", "1.0").
TEST(SnapshotJsonSimdjson, NumbersReadBackBitIdentical) {
  ServiceResult r = worked();
  const double values[] = {0.1,    1.0 / 3.0, 2.0 / 3.0, 1e-5, 0.30000000000000004,
                           1e-300, 5e-324,    1.0,       0.0,  -0.0};
  simdjson::dom::parser parser;
  for (double v : values) {
    r.soc1_type2.readiness = v;
    const auto back = store::service_result_from_json(parsed(parser, store::to_json(r).dump()));
    EXPECT_EQ(std::bit_cast<std::uint64_t>(back.soc1_type2.readiness),
              std::bit_cast<std::uint64_t>(v))
        << v;
  }
}

// What nlohmann's get<int>()/get<double>() accepted that the writers can produce: an integer
// where a double is expected, and a double with no fraction where an int is.
TEST(SnapshotJsonSimdjson, IntegersAndDoublesReadAsNlohmannReadThem) {
  const ServiceResult r = worked();
  json j = to_json(r);
  j["readiness"][0]["readiness"] = 1;
  j["window_months"] = 6.0;
  simdjson::dom::parser parser;
  const auto back = store::service_result_from_json(parsed(parser, j.dump()));
  EXPECT_EQ(back.soc1_type1.readiness, 1.0);
  EXPECT_EQ(back.window_months, 6);
  j["window_months"] = 6.5;
  EXPECT_THROW(store::service_result_from_json(parsed(parser, j.dump())), Error);
  j["window_months"] = 1e12;
  EXPECT_THROW(store::service_result_from_json(parsed(parser, j.dump())), Error);
}

std::size_t scalars(const json& node) {
  if (!node.is_object() && !node.is_array()) return 1;
  std::size_t n = 0;
  for (const auto& child : node) n += scalars(child);
  return n;
}

// Values replaced by ones of another type (a few hundred, spread over the document): an
// internal error or, where the reader does not look, the same result; never a crash.
void expect_wrong_types_refused(json document, const SharedScores* shared) {
  const std::size_t stride = std::max<std::size_t>(1, scalars(document) / 300);
  std::size_t seen = 0, tried = 0;
  simdjson::dom::parser parser;
  std::function<void(json&)> visit = [&](json& node) {
    if (node.is_object() || node.is_array()) {
      for (auto& child : node) visit(child);
      return;
    }
    if (seen++ % stride != 0) return;
    const json saved = node;
    for (const json& wrong : {json(nullptr), json(true), json(7), json("x"), json::array()}) {
      if (wrong.type() == saved.type() || (saved.is_number() && wrong.is_number())) continue;
      node = wrong;
      ++tried;
      const auto root = parser.parse(document.dump()).value();
      try {
        if (shared)
          (void)store::service_result_from_json(root, *shared);
        else
          (void)store::service_result_from_json(root);
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::internal);
      }
    }
    node = saved;
  };
  visit(document);
  EXPECT_GT(tried, 100u);
}

TEST(SnapshotJsonSimdjson, WrongTypesAreMalformedNotCrashes) {
  const auto results = score(testing::random_inventory(2, 4, 40), {testing::random_as_of(), 6});
  const auto shared = store::share_scores(results);
  expect_wrong_types_refused(to_json(results[0]), nullptr);
  expect_wrong_types_refused(to_json_sharing_controls(results[0], shared), &shared);
}

TEST(SnapshotJsonSimdjson, WrongTypesInTheSharedScoresAreMalformed) {
  const auto results = score(testing::random_inventory(2, 4, 40), {testing::random_as_of(), 6});
  json j = store::to_json(store::share_scores(results));
  simdjson::dom::parser parser;
  auto read = [&](const json& doc) {
    return store::shared_scores_from_json(parser.parse(doc.dump()).value());
  };
  EXPECT_FALSE(read(j).empty());
  json bad = j;
  bad["controls"][0][0] = 17;  // a key that is a number
  EXPECT_THROW(read(bad), Error);
  bad = j;
  bad["common"] = json::object();
  EXPECT_THROW(read(bad), Error);
  bad = j;
  bad["requirements"][0]["title"] = nullptr;
  EXPECT_THROW(read(bad), Error);
  bad = j;
  bad.erase("control_columns");
  EXPECT_THROW(read(bad), Error);
  EXPECT_THROW(read(json("text")), Error);
  EXPECT_THROW(read(json(3)), Error);
}

}  // namespace
}  // namespace socready::scoring
