#pragma once
// All SQL about the user's own SOC 1 objectives (SPEC §2, §7 objectives; migration 0012). Their
// wording, series and default flag are written into the catalog itself (`requirement`), where
// every import, the scorer and `catalog` read objectives; `user_objective` remembers which ones
// the user's files named, for `export objectives`, and their crosswalk criteria.

#include <cstdint>
#include <vector>

#include "core/objective.hpp"
#include "scoring/crosswalk.hpp"
#include "store/database.hpp"

namespace socready::store {

// The objectives the user's files named (added or changed built-ins), with their current title,
// series and default, in catalog order.
std::vector<UserObjective> load_user_objectives(Database& db);

// The user's criterion -> objective pairs for the SOC 2 -> SOC 1 crosswalk (`suggest soc1`),
// objectives in catalog order; those without criteria are left out.
std::vector<scoring::ObjectiveCriteria> load_objective_criteria(Database& db);

// Writes an objective whose title, series and default are all known: its series (created, after
// the last, for a name of the user's), its catalog row (added after the last objective when
// new, else re-worded, moved or re-defaulted) and its criteria; and the audit trail's entry for
// import `revision_id`, with what it was `before` (null when it is new).
void save_objective(Database& db, const UserObjective& objective, std::int64_t revision_id,
                    const UserObjective* before);

}  // namespace socready::store
