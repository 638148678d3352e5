#pragma once
// One control's score as of a date, for both report types. Independent of the service: an
// entity-level control is scored once and shared by every service it covers.

#include "scoring/inventory.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

struct ControlScores {
  ControlScore type1;
  ControlScore type2;
};

// The observation window for Type II: it opens `window_months` before the as-of date and both
// ends are included.
struct Window {
  Date opens;
  Date closes;  // the as-of date
  int days() const { return closes.days() - opens.days(); }
};
Window observation_window(const Options& options);

ControlScores score_control(const ControlFacts& facts, const Window& window);

}  // namespace socready::scoring
