#include <gtest/gtest.h>

#include <sstream>

#include "cli/json_array_stream.hpp"

namespace socready::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string streamed(const Json& array) {
  std::ostringstream out;
  JsonArrayStream stream(out);
  for (const auto& element : array) stream.add(element);
  stream.finish();
  return out.str();
}

TEST(JsonArrayStream, PrintsWhatDumpingTheWholeArrayPrints) {
  const Json array = Json::parse(R"([
    {"service": "payroll", "readiness": 82.5, "blockers": ["CC6.1", "CC7.2"],
     "note": "line one\nline two", "nested": {"a": [], "b": {}, "c": [1, {"d": null}]}},
    {"service": "hub", "applies": false, "categories": []},
    "a string", 3, [], {}
  ])");
  EXPECT_EQ(streamed(array), array.dump(2) + "\n");
}

TEST(JsonArrayStream, AnEmptyArrayIsBrackets) {
  EXPECT_EQ(streamed(Json::array()), Json::array().dump(2) + "\n");
}

TEST(JsonArrayStream, OneElement) {
  const Json array = Json::parse(R"([{"k": [1, 2]}])");
  EXPECT_EQ(streamed(array), array.dump(2) + "\n");
}

}  // namespace
}  // namespace socready::cli
