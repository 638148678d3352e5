#pragma once
// One control's score as of a date, for both report types. Independent of the service: an
// entity-level control is scored once and shared by every service it covers. (The one
// service-dependent rule, an automated control's reliance on change management and logical
// access, is applied where its requirements are scored: see readiness.hpp.)

#include <optional>

#include "scoring/inventory.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// The observation window for Type II: it opens `window_months` before the as-of date and both
// ends are included.
struct Window {
  Date opens;
  Date closes;  // the as-of date
  // A system's planned period still running on the as-of date (SPEC §4b): a control whose one
  // record the window needs (annual, automated, or no whole period due yet) and has none is not
  // yet due, rather than missing.
  bool projection = false;
  int days() const { return closes.days() - opens.days(); }
};
Window observation_window(const Options& options);

struct ControlScores {
  ControlScore type1;
  ControlScore type2;  // automated: full credit, as if the IT general controls were effective
};

ControlScores score_control(const ControlFacts& facts, const Window& window);

// The operating start S of SPEC §4 and, when the history contradicts `implemented_on`, the
// sentence that says so. nullopt start: not operating on `as_of`.
struct OperatingStart {
  std::optional<Date> start;
  std::string conflict;
};
OperatingStart operating_start(const ControlFacts& facts, Date as_of);

}  // namespace socready::scoring
