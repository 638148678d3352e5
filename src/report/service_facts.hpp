#pragma once
// Facts about one service's results that both reports state, derived once so the portfolio row
// and the service file cannot disagree.

#include <optional>
#include <string>
#include <vector>

#include "scoring/result.hpp"

namespace socready::report {

struct ReportKind {
  Framework framework = Framework::soc1;
  ReportType type = ReportType::type1;
  friend bool operator==(const ReportKind&, const ReportKind&) = default;
};

// The four reports in the order every table lists them: SOC 1 I, SOC 1 II, SOC 2 I, SOC 2 II.
std::vector<ReportKind> all_report_kinds();

// Those of the four that apply to the service, in that order.
std::vector<ReportKind> applicable_reports(const scoring::ServiceResult& service);

// The applicable report furthest from ready: worst band, then lowest readiness. A service is
// only as ready as its least ready report, so its band and change are that report's.
std::optional<ReportKind> least_ready_report(const scoring::ServiceResult& service);

// Requirements blocking any applicable report, each counted once.
int distinct_blockers(const scoring::ServiceResult& service);

// The name to show: the service's name, or its slug when it has none.
std::string display_name(const scoring::ServiceResult& service);

}  // namespace socready::report
