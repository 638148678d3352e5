#include "oscal/common.hpp"

#include <fmt/format.h>

#include <cctype>

#include "oscal/uuid.hpp"

namespace socready::oscal {

std::string uuid_for(const Snapshot& s, std::string_view name) {
  return uuid_v5(socready_namespace, fmt::format("{}/{}", s.period, name));
}

std::string requirement_id(Framework f, std::string_view code) {
  std::string id = f == Framework::soc1 ? "soc1-" : "soc2-";
  for (char c : code) {
    const auto u = static_cast<unsigned char>(c);
    id += std::isalnum(u) || c == '.' || c == '-' || c == '_' ? static_cast<char>(std::tolower(u))
                                                              : '_';
  }
  return id;
}

std::string timestamp(Date d) { return d.iso() + "T00:00:00Z"; }

std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Json metadata(const Snapshot& s, const std::string& title) {
  Json m;
  m["title"] = one_line(title);
  m["last-modified"] = timestamp(s.as_of);
  m["version"] = s.period;
  m["oscal-version"] = oscal_version;
  Json props = Json::array();
  add_prop(props, "generator", s.generator);
  add_prop(props, "period", s.period);
  add_prop(props, "as-of", s.as_of.iso());
  m["props"] = props;
  return m;
}

void add_prop(Json& props, std::string_view name, std::string_view value) {
  const std::string v = one_line(value);
  if (v.empty()) return;
  props.push_back(Json{{"name", name}, {"ns", property_namespace}, {"value", v}});
}

const std::vector<scoring::RequirementScore>& requirements(const scoring::ServiceResult& s,
                                                           Framework f) {
  return s.readiness(f, ReportType::type1).requirements;
}

}  // namespace socready::oscal
