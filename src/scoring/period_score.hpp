#pragma once
// One period's readiness for one framework and report type: a point of a service's trend, as
// each frozen snapshot keeps it and as the current period is computed.

#include <string>

#include "scoring/result.hpp"

namespace socready::scoring {

struct PeriodScore {
  std::string period;  // "2026-Q2"
  // Initialised so a default PeriodScore is never read uninitialised.
  Framework framework = Framework::soc1;
  ReportType type = ReportType::type1;
  bool applies = false;
  double readiness = 0;
  Band band = Band::not_in_scope;
  int blockers = 0;
};

inline PeriodScore period_score(const std::string& period, const Readiness& r) {
  return {period,
          r.framework,
          r.type,
          r.applies(),
          r.readiness,
          r.band,
          static_cast<int>(r.blockers.size())};
}

}  // namespace socready::scoring
