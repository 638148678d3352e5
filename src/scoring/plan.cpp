#include "scoring/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/error.hpp"
#include "core/text.hpp"
#include "scoring/applicability.hpp"
#include "scoring/control_score.hpp"
#include "scoring/population.hpp"
#include "scoring/vendor_contribution.hpp"

namespace socready::scoring {

namespace {

constexpr EnumText<MustHappenKind::population> must_happen_kinds{"annual_run", "vendor_report",
                                                                 "population"};

// Months between runs for the controls whose next run must fall inside the window
// (policy::plan_run_months); 0 for automated ones, tested once from any record.
int run_months(const ControlVersion& v) {
  if (v.nature == Nature::automated || !v.frequency) return 0;
  return policy::plan_run_months(*v.frequency);
}

// The first day E whose window [E - months, E] opens on or after `start` (month ends clamp, so
// S + N months may open a few days early: Aug 31 + 6 = Feb 28, whose window opens Aug 28).
Date first_end_opening_after(Date start, int months) {
  Date e = start.plus_months(months);
  while (e.plus_months(-months) < start) e = e.plus_days(1);
  return e;
}

// A control in scope for the system, as the planner sees it.
struct Planned {
  const ControlFacts* facts = nullptr;
  std::optional<Date> start;  // operating start on the as-of date; none: cannot carry a score
  std::string cannot;         // why it cannot, when it cannot
  Date earliest;              // first end whose window it operated for the whole of
  int run_every = 0;          // months between runs; 0: no run constraint
  std::vector<Date> runs;     // on file (<= as-of) then projected, ascending
  std::optional<Date> last_run;
  std::optional<Date> next_run;
};

// A carve-out vendor that meets some of the system's requirements alone (SPEC §4a, the rule of
// vendor_requirements): it carries them for a window whose period its report covers. Never key,
// it compensates nothing, and it has no start: its report, not its history, decides.
struct PlannedVendor {
  const Subservice* vendor = nullptr;
  std::string key;  // vendor_contribution_key, as `score` names it
};

// A requirement's controls in key order, its key controls each with the controls that
// compensate it (found once: the search runs many candidate dates), and its carve-out vendors.
struct Contributors {
  std::vector<const Planned*> all;
  std::vector<std::pair<const Planned*, std::vector<const Planned*>>> keys;
  std::vector<const PlannedVendor*> vendors;
};

class Planner {
 public:
  Planner(const Inventory& inv, const System& system, const PlanOptions& o)
      : inv_(inv), system_(system), o_(o) {}

  FrameworkPlan plan(Framework f, const std::vector<std::size_t>& in_scope,
                     const std::vector<Subservice>& vendors) {
    FrameworkPlan out;
    out.framework = f;
    out.requirements = static_cast<int>(in_scope.size());
    // First: a vendor's report must cover the planned period, when there is one.
    if (const auto& report = f == Framework::soc1 ? system_.soc1 : system_.soc2;
        report && report->type == ReportType::type2 && report->period_end)
      period_ = PlannedPeriod{
          report->period_start.value_or(report->period_end->plus_months(-o_.window_months)),
          *report->period_end};
    out.planned = period_;
    collect(in_scope);
    collect_vendors(f, vendors);
    find_blockers(in_scope, out);
    if (out.blockers.empty()) find_date(out);
    if (period_) must_happen(*period_, vendors, out);
    return out;
  }

 private:
  bool covers_system(const ControlVersion& v) const {
    if (v.all_services) return true;
    return std::any_of(v.services.begin(), v.services.end(),
                       [&](const std::string& s) { return system_.includes(s); });
  }

  bool supports_system(const Subservice& vendor) const {
    return vendor.all_services ||
           std::any_of(system_.services.begin(), system_.services.end(),
                       [&](const std::string& s) { return vendor.supports(s); });
  }

  Planned prepare(const ControlFacts& facts) const {
    Planned p;
    p.facts = &facts;
    const ControlVersion& v = facts.version;
    if (v.status == Status::planned) {
      p.cannot = fmt::format("{} is planned", v.key);
      return p;
    }
    OperatingStart s = operating_start(facts, o_.as_of);
    if (!s.start) {
      if (!v.implemented_on)
        p.cannot = fmt::format("{} has no implemented_on date", v.key);
      else if (*v.implemented_on > o_.as_of)
        p.cannot = fmt::format("{} is implemented on {}, after {}", v.key, v.implemented_on->iso(),
                               o_.as_of.iso());
      else
        p.cannot = fmt::format("{} is not operating on {}", v.key, o_.as_of.iso());
      return p;
    }
    p.start = s.start;
    p.earliest = std::max(o_.as_of, first_end_opening_after(*s.start, o_.window_months));
    p.run_every = run_months(v);
    if (p.run_every == 0) return p;
    auto end = std::upper_bound(facts.evidence.begin(), facts.evidence.end(), o_.as_of);
    p.runs.assign(facts.evidence.begin(), end);
    if (!p.runs.empty()) p.last_run = p.runs.back();
    // The next run a period after the last; one overdue (or never run) can run from today on.
    Date next = p.last_run ? p.last_run->plus_months(p.run_every) : o_.as_of;
    if (next < o_.as_of) next = o_.as_of;
    p.next_run = next;
    // Past the last end the search can reach: the latest earliest end (a year after the as-of
    // date at most), the search, and a month for clamped month ends.
    const Date horizon =
        o_.as_of.plus_months(policy::max_window_months + policy::plan_search_months + 1);
    for (int k = 0;; ++k) {
      Date r = next.plus_months(k * p.run_every);
      if (r > horizon) break;
      p.runs.push_back(r);
    }
    return p;
  }

  void collect(const std::vector<std::size_t>& in_scope) {
    std::unordered_map<std::string_view, std::size_t> slot;
    for (std::size_t i = 0; i < in_scope.size(); ++i)
      slot.emplace(inv_.catalog[in_scope[i]].code, i);
    std::vector<std::vector<const Planned*>> lists(in_scope.size());
    for (const auto& facts : inv_.controls) {
      const ControlVersion& v = facts.version;
      if (v.status == Status::not_applicable || !covers_system(v)) continue;
      std::vector<std::size_t> mine;
      for (const auto& code : v.requirements)
        if (auto it = slot.find(code); it != slot.end()) mine.push_back(it->second);
      if (mine.empty()) continue;
      auto [it, fresh] = planned_.try_emplace(v.key);
      if (fresh) it->second = prepare(facts);
      for (std::size_t r : mine) lists[r].push_back(&it->second);
    }
    contributors_.assign(in_scope.size(), {});
    for (std::size_t r = 0; r < lists.size(); ++r) {
      auto& list = lists[r];
      // Key order, a control listed twice once.
      std::sort(list.begin(), list.end(), [](const Planned* a, const Planned* b) {
        return a->facts->version.key < b->facts->version.key;
      });
      list.erase(std::unique(list.begin(), list.end()), list.end());
      for (const Planned* c : list)
        if (c->facts->version.is_key)
          contributors_[r].keys.emplace_back(c, compensators(list, c->facts->version.key));
      contributors_[r].all = std::move(list);
    }
  }

  // The carve-out vendors supporting any of the system's services, under the requirements in
  // scope they meet alone.
  void collect_vendors(Framework f, const std::vector<Subservice>& vendors) {
    for (const auto& v : vendors)
      if (!vendor_requirements(v, f).empty() && supports_system(v))
        vendors_.push_back({&v, vendor_contribution_key(v, f)});
    for (const auto& pv : vendors_)  // vendors_ is complete: its addresses are stable
      for (const auto& code : vendor_requirements(*pv.vendor, f))
        if (auto r = std::find(code_of_.begin(), code_of_.end(), code); r != code_of_.end())
          contributors_[static_cast<std::size_t>(r - code_of_.begin())].vendors.push_back(&pv);
  }

  // The end of the period a vendor's report must cover for a window ending `e`: the planned
  // period's when the system plans one, else the window's own.
  Date vendor_target(Date e) const { return period_ ? period_->end : e; }

  // Empty when the vendor's report covers the period; else why not (vendor_report_gap).
  std::string vendor_gap(const PlannedVendor& v, Date e) const {
    return vendor_report_gap(*v.vendor, vendor_target(e));
  }

  bool vendor_ready(const PlannedVendor& v, Date e) const { return vendor_gap(v, e).empty(); }

  // The controls of `list` that compensate key control `key`.
  static std::vector<const Planned*> compensators(const std::vector<const Planned*>& list,
                                                  const std::string& key) {
    std::vector<const Planned*> out;
    for (const Planned* c : list) {
      const auto& comp = c->facts->version.compensates;
      if (std::find(comp.begin(), comp.end(), key) != comp.end()) out.push_back(c);
    }
    return out;
  }

  void find_blockers(const std::vector<std::size_t>& in_scope, FrameworkPlan& out) const {
    for (std::size_t r = 0; r < in_scope.size(); ++r) {
      const auto& list = contributors_[r].all;
      const std::string& code = inv_.catalog[in_scope[r]].code;
      if (list.empty() && contributors_[r].vendors.empty()) {
        out.blockers.push_back({code, "no control addresses it"});
        continue;
      }
      std::vector<std::string> why;
      bool any = false;
      for (const Planned* c : list) {
        if (c->start) {
          any = true;
        } else {
          why.push_back(c->cannot);
        }
      }
      // A vendor whose report will not cover the period carries nothing in it: an auditor
      // cannot rely on its controls there (docs/scoring.md §2.7).
      for (const PlannedVendor* v : contributors_[r].vendors) {
        std::string gap = vendor_gap(*v, o_.as_of);
        if (gap.empty())
          any = true;
        else
          why.push_back(std::move(gap));
      }
      if (!any) {
        out.blockers.push_back({code, join(why)});
        continue;
      }
      // A key control that cannot operate caps the requirement at 0 unless a control that
      // compensates it operates.
      std::vector<std::string> keys;
      for (const auto& [k, comp] : contributors_[r].keys)
        if (!k->start &&
            std::none_of(comp.begin(), comp.end(), [](const Planned* x) { return x->start; }))
          keys.push_back("key control " + k->cannot);
      if (!keys.empty()) out.blockers.push_back({code, join(keys)});
    }
  }

  static std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
  }

  // The control would have operated for the whole window ending `e` and, if periodic, a run of
  // it (on file or projected) falls inside the window.
  bool ready(const Planned& c, Date e) const {
    if (!c.start || e < c.earliest) return false;
    if (c.run_every == 0) return true;
    Date opens = e.plus_months(-o_.window_months);
    auto it = std::lower_bound(c.runs.begin(), c.runs.end(), opens);
    return it != c.runs.end() && *it <= e;
  }

  // A key control holds when it is ready or a control compensating it is.
  bool key_holds(const Planned& k, const std::vector<const Planned*>& comp, Date e) const {
    return ready(k, e) ||
           std::any_of(comp.begin(), comp.end(), [&](const Planned* c) { return ready(*c, e); });
  }

  // SPEC §4: the best control, capped by every key one. So a requirement is ready when one of
  // its controls is and every key control holds.
  bool requirement_ready(const Contributors& r, Date e) const {
    for (const auto& [k, comp] : r.keys)
      if (!key_holds(*k, comp, e)) return false;
    return std::any_of(r.all.begin(), r.all.end(),
                       [&](const Planned* c) { return ready(*c, e); }) ||
           std::any_of(r.vendors.begin(), r.vendors.end(),
                       [&](const PlannedVendor* v) { return vendor_ready(*v, e); });
  }

  bool all_ready(Date e) const {
    return std::all_of(contributors_.begin(), contributors_.end(),
                       [&](const Contributors& r) { return requirement_ready(r, e); });
  }

  // A date no ready end can precede: each requirement needs its earliest control, and every key
  // control (or its earliest compensator).
  Date lower_bound() const {
    // Plain dates with a sentinel: GCC's -Wmaybe-uninitialized misreads optionals here.
    const Date never = Date::from_days(std::numeric_limits<std::int32_t>::max());
    auto earliest = [&](const Planned* c) { return c->start ? c->earliest : never; };
    Date lb = o_.as_of;
    for (const auto& r : contributors_) {
      Date any = never;
      Date keys = o_.as_of;
      for (const Planned* c : r.all) any = std::min(any, earliest(c));
      for (const PlannedVendor* v : r.vendors)
        if (vendor_ready(*v, o_.as_of)) any = o_.as_of;
      for (const auto& [c, comp] : r.keys) {
        Date k = earliest(c);
        for (const Planned* x : comp) k = std::min(k, earliest(x));
        if (k != never) keys = std::max(keys, k);
      }
      if (any != never) lb = std::max({lb, any, keys});
    }
    return lb;
  }

  void find_date(FrameworkPlan& out) {
    const Date lb = lower_bound();
    const Date horizon = lb.plus_months(policy::plan_search_months);
    // A ready end is the first day of some control's readiness: its earliest end or a run.
    std::set<Date> candidates{lb};
    for (const auto& [key, c] : planned_) {
      if (!c.start) continue;
      if (c.earliest > lb && c.earliest <= horizon) candidates.insert(c.earliest);
      for (Date r : c.runs)
        if (r > lb && r <= horizon) candidates.insert(r);
    }
    for (Date e : candidates) {
      if (!all_ready(e)) continue;
      out.earliest_end = e;
      out.window_opens = e.plus_months(-o_.window_months);
      if (e > o_.as_of) explain_date(e, out);
      vendor_conditions(e, out);
      return;
    }
    // Without a planned period a vendor's report covers windows ending up to a date: past it,
    // a requirement only vendors carry has no window until a newer report or a letter comes.
    std::set<std::string> lapsed;
    for (const auto& r : contributors_) {
      if (std::any_of(r.all.begin(), r.all.end(), [](const Planned* c) { return c->start; }))
        continue;
      for (const PlannedVendor* v : r.vendors)
        if (!vendor_ready(*v, lb)) lapsed.insert(vendor_gap(*v, lb));
    }
    if (!lapsed.empty()) {
      std::vector<std::string> gaps(lapsed.begin(), lapsed.end());
      out.no_date_reason = fmt::format(
          "no {}-month window ending on or after {} is covered by the report of each "
          "vendor a requirement relies on alone ({})",
          o_.window_months, lb.iso(), join(gaps));
      return;
    }
    std::set<std::string> periodic;
    for (const auto& r : contributors_)
      for (const Planned* c : r.all)
        if (c->start && c->run_every > 0) periodic.insert(c->facts->version.key);
    std::string names;
    for (const auto& k : periodic) names += (names.empty() ? "" : ", ") + k;
    out.no_date_reason = fmt::format(
        "no {}-month window ending by {} holds a run of each periodic control on its schedule "
        "({}): run one of them off its cycle",
        o_.window_months, horizon.iso(), names);
  }

  std::string reason(const Planned& c, Date e) const {
    const Date before = e.plus_days(-1);
    if (before < c.earliest)
      return fmt::format("operating since {}: a {}-month window opens on or after it",
                         c.start->iso(), o_.window_months);
    return c.last_run ? fmt::format("{}: last run {}, next due {}",
                                    name(*c.facts->version.frequency), c.last_run->iso(), e.iso())
                      : fmt::format("{}: no run on file, next due {}",
                                    name(*c.facts->version.frequency), e.iso());
  }

  // The controls that hold the date back: for each requirement not ready the day before, the key
  // controls that were not, or else the controls that became ready on the date.
  void explain_date(Date e, FrameworkPlan& out) const {
    const Date before = e.plus_days(-1);
    std::map<std::string, DecidingControl> deciding;
    for (std::size_t r = 0; r < contributors_.size(); ++r) {
      const Contributors& req = contributors_[r];
      if (requirement_ready(req, before)) continue;
      std::vector<const Planned*> why;
      for (const auto& [k, comp] : req.keys)
        if (!key_holds(*k, comp, before)) {
          if (ready(*k, e)) why.push_back(k);
          for (const Planned* c : comp)
            if (ready(*c, e)) why.push_back(c);
        }
      if (why.empty())
        for (const Planned* c : req.all)
          if (!ready(*c, before) && ready(*c, e)) why.push_back(c);
      for (const Planned* c : why) {
        auto& d = deciding[c->facts->version.key];
        if (d.key.empty()) d = {c->facts->version.key, reason(*c, e), {}, false};
        d.requirements.push_back(code_of_[r]);
      }
    }
    for (auto& [key, d] : deciding) out.deciding.push_back(std::move(d));
  }

  // The carve-out vendors the date relies on: those carrying a requirement that no control of the
  // company is ready for on `e`. Their reports must cover the period. They never hold the date
  // back (a report covering an end covers every earlier one): conditions, listed with the deciding.
  void vendor_conditions(Date e, FrameworkPlan& out) const {
    std::map<std::string, DecidingControl> found;
    for (std::size_t r = 0; r < contributors_.size(); ++r) {
      const Contributors& req = contributors_[r];
      if (std::any_of(req.all.begin(), req.all.end(),
                      [&](const Planned* c) { return ready(*c, e); }))
        continue;
      for (const PlannedVendor* v : req.vendors) {
        if (!vendor_ready(*v, e)) continue;
        auto& d = found[v->key];
        if (d.key.empty()) d = {v->key, vendor_reason(*v, e), {}, true};
        d.requirements.push_back(code_of_[r]);
      }
    }
    if (found.empty()) return;
    for (auto& [key, d] : found) out.deciding.push_back(std::move(d));
    std::stable_sort(
        out.deciding.begin(), out.deciding.end(),
        [](const DecidingControl& a, const DecidingControl& b) { return a.key < b.key; });
  }

  // "CloudHost (carve-out) meets it alone: its report's period ended 2025-11-30, which covers a
  // period ending 2026-10-15" (and the bridge letter, when the report covers only with it).
  std::string vendor_reason(const PlannedVendor& v, Date e) const {
    const Subservice& s = *v.vendor;
    const Date target = vendor_target(e);
    Subservice unbridged = s;
    unbridged.bridge_letter_until.reset();
    const bool bridged = !vendor_report_gap(unbridged, target).empty();
    return fmt::format(
        "{} (carve-out) meets it alone: its report's period ended {}{}, which covers "
        "a period ending {}",
        s.name.empty() ? s.key : s.name, s.report->period_end.iso(),
        bridged ? fmt::format(" and its bridge letter runs to {}", s.bridge_letter_until->iso())
                : std::string(),
        target.iso());
  }

  void must_happen(const PlannedPeriod& p, const std::vector<Subservice>& vendors,
                   FrameworkPlan& out) const {
    for (const auto& [key, c] : planned_) {
      const ControlVersion& v = c.facts->version;
      if (!c.start || !v.frequency) continue;
      if (*v.frequency == Frequency::annual) annual_run(c, p, out);
      if (*v.frequency == Frequency::event) populations(c, p, out);
    }
    for (const auto& vendor : vendors) {
      if (vendor.method != SubserviceMethod::carve_out || !supports_system(vendor)) continue;
      std::string gap = vendor_report_gap(vendor, p.end);
      if (!gap.empty()) out.must_happen.push_back({MustHappenKind::vendor_report, vendor.key, gap});
    }
    std::stable_sort(out.must_happen.begin(), out.must_happen.end(),
                     [](const MustHappen& a, const MustHappen& b) {
                       return std::tie(a.kind, a.subject) < std::tie(b.kind, b.subject);
                     });
  }

  void annual_run(const Planned& c, const PlannedPeriod& p, FrameworkPlan& out) const {
    const auto& ev = c.facts->evidence;
    auto it = std::lower_bound(ev.begin(), ev.end(), p.start);
    if (it != ev.end() && *it <= std::min(p.end, o_.as_of)) return;  // ran in the period
    const std::string& key = c.facts->version.key;
    if (p.end < o_.as_of) {
      out.must_happen.push_back(
          {MustHappenKind::annual_run, key,
           fmt::format("did not run from {} to {}", p.start.iso(), p.end.iso())});
      return;
    }
    Date due = c.next_run ? std::max(*c.next_run, p.start) : std::max(o_.as_of, p.start);
    out.must_happen.push_back(
        {MustHappenKind::annual_run, key,
         due <= p.end
             ? fmt::format("not yet run in the period; next due {}", due.iso())
             : fmt::format("not yet run in the period; next due {}, after the period ends {}: run "
                           "it by then",
                           due.iso(), p.end.iso())});
  }

  void populations(const Planned& c, const PlannedPeriod& p, FrameworkPlan& out) const {
    std::string missing;
    for (Quarter q = Quarter::containing(p.start); q.first_day() <= p.end; q = q.next()) {
      if (q.last_day() >= o_.as_of) break;  // not over yet
      Date a = std::max(q.first_day(), p.start);
      Date b = std::min(q.last_day(), p.end);
      if (!population_in(c.facts->populations, a, b))
        missing += (missing.empty() ? "" : ", ") + q.label();
    }
    if (!missing.empty())
      out.must_happen.push_back(
          {MustHappenKind::population, c.facts->version.key,
           fmt::format("no population on file for {}: record how many times it ran", missing)});
  }

 public:
  void set_codes(const std::vector<std::size_t>& in_scope) {
    code_of_.clear();
    for (std::size_t i : in_scope) code_of_.push_back(inv_.catalog[i].code);
  }

 private:
  const Inventory& inv_;
  const System& system_;
  const PlanOptions& o_;
  std::map<std::string, Planned> planned_;  // by control id; stable addresses
  std::vector<Contributors> contributors_;  // by requirement, in scope order
  std::vector<std::string> code_of_;
  std::vector<PlannedVendor> vendors_;   // filled once, before any pointer into it is taken
  std::optional<PlannedPeriod> period_;  // the system's planned Type II period, if any
};

}  // namespace

std::string_view name(MustHappenKind k) { return must_happen_kinds.name(k); }

std::string vendor_report_gap(const Subservice& v, Date planned_end) {
  const std::string who = v.name.empty() ? v.key : v.name;
  if (!v.report) return fmt::format("{}: no SOC report on file", who);
  const auto& r = *v.report;
  if (r.opinion == Opinion::adverse || r.opinion == Opinion::disclaimer)
    return fmt::format("{}: its report has {} opinion and cannot be relied on", who,
                       r.opinion == Opinion::adverse ? "an adverse" : "a disclaimer of");
  const Date current = planned_end.plus_months(-policy::vendor_report_current_months);
  if (r.period_end >= current) return {};
  const Date bridged = current.plus_months(-policy::vendor_bridge_letter_months);
  if (r.period_end >= bridged) {
    if (v.bridge_letter_until && *v.bridge_letter_until >= planned_end) return {};
    return fmt::format(
        "{}: its report's period ended {}, more than {} months before {}, and no bridge letter "
        "runs to {}{}",
        who, r.period_end.iso(), policy::vendor_report_current_months, planned_end.iso(),
        planned_end.iso(),
        v.bridge_letter_until
            ? fmt::format(" (its letter runs to {})", v.bridge_letter_until->iso())
            : std::string());
  }
  return fmt::format(
      "{}: its report's period ended {}, more than {} months before {}: a newer "
      "report is needed",
      who, r.period_end.iso(),
      policy::vendor_report_current_months + policy::vendor_bridge_letter_months,
      planned_end.iso());
}

Plan plan_system(const Inventory& inv, const System& system, const std::vector<Subservice>& vendors,
                 const PlanOptions& options) {
  if (options.window_months < policy::min_window_months ||
      options.window_months > policy::max_window_months)
    throw InputError(fmt::format("observation window must be {} to {} months, not {}",
                                 policy::min_window_months, policy::max_window_months,
                                 options.window_months));
  Plan out;
  out.system = system.key;
  out.name = system.name;
  out.as_of = options.as_of;
  out.window_months = options.window_months;

  // The union of the system's services' requirements in scope, per framework, catalog order.
  std::vector<bool> in_scope[2] = {std::vector<bool>(inv.catalog.size()),
                                   std::vector<bool>(inv.catalog.size())};
  bool applies[2] = {false, false};
  for (const auto& service : inv.services) {
    if (!system.includes(service.slug)) continue;
    ApplicabilityResult a = decide_applicability(service, inv.catalog, inv.capabilities);
    applies[0] = applies[0] || a.soc1.outcome == Outcome::applies;
    applies[1] = applies[1] || a.soc2.outcome == Outcome::applies;
    for (std::size_t i = 0; i < inv.catalog.size(); ++i) {
      const Requirement& r = inv.catalog[i];
      if (r.framework == Framework::soc1) {
        if (std::find(a.soc1_objectives.begin(), a.soc1_objectives.end(), r.code) !=
            a.soc1_objectives.end())
          in_scope[0][i] = true;
      } else if (auto c = parse_category(r.category); c && a.category_in_scope(*c)) {
        in_scope[1][i] = true;
      }
    }
  }
  const bool plans_any = system.soc1 || system.soc2;
  for (Framework f : all_frameworks) {
    const std::size_t fi = f == Framework::soc1 ? 0 : 1;
    const bool planned = f == Framework::soc1 ? system.soc1.has_value() : system.soc2.has_value();
    if (plans_any ? !planned : !applies[fi]) continue;
    std::vector<std::size_t> scope;
    for (std::size_t i = 0; i < inv.catalog.size(); ++i)
      if (in_scope[fi][i]) scope.push_back(i);
    Planner planner(inv, system, options);
    planner.set_codes(scope);
    out.frameworks.push_back(planner.plan(f, scope, vendors));
  }
  return out;
}

}  // namespace socready::scoring
