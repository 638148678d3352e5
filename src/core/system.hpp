#pragma once
// A system (SPEC §2): the scope of one SOC report. Several services under one description, with
// the report(s) the company plans for it. Entity-level gaps and blockers count once per system.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"

namespace socready {

// One planned report: its type and the period it will cover. A Type I report is "as of" the
// period's end; its start is kept only when the user gave one.
struct PlannedReport {
  ReportType type = ReportType::type2;
  std::optional<Date> period_start;
  std::optional<Date> period_end;

  bool operator==(const PlannedReport&) const = default;
};

struct System {
  std::string key;  // slug, e.g. timekeeper-platform
  std::string name;
  std::vector<std::string> services;  // service slugs, sorted
  std::string description;            // the system description (free text)
  std::string commitments;            // principal service commitments and system requirements
  std::optional<PlannedReport> soc1;  // none: no SOC 1 report planned
  std::optional<PlannedReport> soc2;
  Date valid_from;  // the version's first day (not part of its content)

  bool includes(const std::string& service_slug) const;
  // Same content: the version's date does not count.
  bool same_content(const System& o) const {
    return key == o.key && name == o.name && services == o.services &&
           description == o.description && commitments == o.commitments && soc1 == o.soc1 &&
           soc2 == o.soc2;
  }
};

}  // namespace socready
