#pragma once
// A row of the user's SOC 1 objectives file (SPEC §2, §7 objectives): an objective the user adds
// to the built-in library, or a built-in one re-worded, moved to another series or made a
// default (or not). Control objectives are the service organisation's own (AT-C 320); the
// built-ins are only a starting library.

#include <string>
#include <vector>

#include "core/model.hpp"

namespace socready {

struct UserObjective {
  std::string code;    // "ITGC-PHYSICAL": upper case, as the built-in ids
  std::string title;   // the wording reports show; blank as read: keep the current one
  std::string series;  // "ITGC", "BP" or the user's own; blank as read: keep the current one
  Answer is_default;   // in every SOC 1 service's scope; unknown as read: keep the current (no
                       // for a new objective)
  // Trust Services Criteria whose controls may address it: the user's pairs of the SOC 2 -> SOC 1
  // crosswalk (`suggest soc1`), sorted.
  std::vector<std::string> criteria;

  friend bool operator==(const UserObjective&, const UserObjective&) = default;
};

}  // namespace socready
