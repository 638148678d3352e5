#pragma once
// The OSCAL catalog of the requirements in the snapshot: SOC 2 criteria and SOC 1 objectives,
// grouped by framework and series, with socready's own titles (never AICPA text).

#include "oscal/common.hpp"

namespace socready::oscal {

Json catalog(const Snapshot& s);

}  // namespace socready::oscal
