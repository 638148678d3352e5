#pragma once
// The OSCAL assessment-results of one service: one result per applicable report (framework and
// type), a finding per requirement in scope with its readiness, and observations for its gaps
// and for the deviations (failed tests, tests with exceptions) inside the Type II window.

#include "oscal/common.hpp"

namespace socready::oscal {

Json assessment_results(const Snapshot& s, const scoring::ServiceResult& service);

}  // namespace socready::oscal
