#pragma once
// "When can we be audited?" (SPEC §4b): for one system, the earliest end of a Type II period of
// N months in which every control that carries a requirement's score would have operated for the
// whole window and the periodic controls' next runs fall inside it; the controls that decide that
// date; no date while blockers remain; and, for a planned period, what must still happen inside
// it. Pure: the inventory, the system and its vendors in, a plan out. No SQL, no I/O.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/subservice.hpp"
#include "core/system.hpp"
#include "scoring/inventory.hpp"
#include "scoring/policy.hpp"

namespace socready::scoring {

struct PlanOptions {
  Date as_of;
  int window_months = policy::default_window_months;  // 3..12
};

// A control that holds the date back: the date one day earlier would not satisfy it. Or a
// carve-out vendor (SPEC §4a) the date relies on: a requirement only it carries on that date, so
// its report must cover the period (keyed `vendor:<id>:<framework>`, as in `score`).
struct DecidingControl {
  std::string key;
  std::string reason;  // "operating since 2026-03-15: a 6-month window opens on or after it"
  std::vector<std::string> requirements;  // codes it decides for, catalog order
  bool vendor = false;                    // a vendor's report conditions the date; holds none back
};

// A requirement with no effective contributor: no control that operates addresses it and no
// carve-out vendor meeting it alone has a report covering the period, or a key control that does
// not operate caps it at 0.
struct PlanBlocker {
  std::string code;
  std::string reason;  // "no control addresses it", "AC-03 is planned", ...
};

enum class MustHappenKind : std::uint8_t { annual_run, vendor_report, population };
std::string_view name(MustHappenKind k);  // "annual_run", "vendor_report", "population"

// One thing that must still happen inside the planned period.
struct MustHappen {
  MustHappenKind kind = MustHappenKind::annual_run;
  std::string subject;  // the control id or the vendor id
  std::string detail;   // what must happen, with the dates
};

struct PlannedPeriod {
  Date start;
  Date end;
};

struct FrameworkPlan {
  Framework framework = Framework::soc2;
  std::vector<PlanBlocker> blockers;      // catalog order; non-empty: no date
  std::optional<Date> earliest_end;       // none while blockers remain or when no end fits
  std::optional<Date> window_opens;       // earliest_end minus the window
  std::vector<DecidingControl> deciding;  // key order; none but vendors: the as-of date decides
  std::string no_date_reason;             // set when there is no date
  std::optional<PlannedPeriod> planned;   // the system's planned Type II period, if any
  std::vector<MustHappen> must_happen;    // for the planned period: by kind, then subject
  int requirements = 0;                   // requirements in scope for the system
};

struct Plan {
  std::string system;
  std::string name;
  Date as_of;
  int window_months = policy::default_window_months;
  std::vector<FrameworkPlan> frameworks;  // SOC 1 before SOC 2
};

// The frameworks planned are those the system plans a report for; when it plans none, those
// that apply to any of its services. Requirements in scope are the union of its services'; the
// controls are those covering any of its services (each requirement counted once). `vendors`:
// the subservice organisations valid on the as-of date (those not supporting the system's services
// are ignored). Throws InputError when the window is outside policy's range.
Plan plan_system(const Inventory& inventory, const System& system,
                 const std::vector<Subservice>& vendors, const PlanOptions& options);

// Whether a carve-out vendor's report covers a Type II period ending on `planned_end`: its
// period ended at most policy::vendor_report_current_months before, or at most
// policy::vendor_bridge_letter_months more with a bridge letter running to `planned_end`. The
// empty string when it covers; else why not, naming the dates.
std::string vendor_report_gap(const Subservice& vendor, Date planned_end);

}  // namespace socready::scoring
