#include "scoring/system_score.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <tuple>

namespace socready::scoring {

namespace {

// Past this many, why_scored counts the services it applies to rather than naming them.
constexpr std::size_t why_scored_services_named = 10;

std::size_t slot(Framework f) { return f == Framework::soc1 ? 0 : 1; }

const std::optional<PlannedReport>& planned_of(const System& s, Framework f) {
  return f == Framework::soc1 ? s.soc1 : s.soc2;
}

}  // namespace

std::string_view name(WindowSource source) {
  switch (source) {
    case WindowSource::trailing:
      return "trailing";
    case WindowSource::period:
      return "period";
    case WindowSource::projection:
      return "projection";
    case WindowSource::not_started:
      return "not_started";
  }
  return "trailing";
}

const SystemFramework* SystemResult::find(Framework f) const {
  for (const auto& x : frameworks)
    if (x.framework == f) return &x;
  return nullptr;
}

std::pair<Window, WindowSource> system_window(const std::optional<PlannedReport>& report,
                                              const Options& options) {
  const Window trailing = observation_window(options);
  if (!report || report->type != ReportType::type2 || !report->period_start || !report->period_end)
    return {trailing, WindowSource::trailing};
  const Date start = *report->period_start, end = *report->period_end;
  // A window of no days measures nothing: a period beginning on the as-of date has not started.
  if (options.as_of <= start) return {trailing, WindowSource::not_started};
  if (options.as_of < end) return {Window{start, options.as_of, true}, WindowSource::projection};
  return {Window{start, end}, WindowSource::period};
}

SystemResult score_system(const Inventory& inventory, const System& system,
                          const Options& options) {
  check_window_months(options);
  SystemResult out;
  out.system = system.key;
  out.name = system.name;
  out.services = system.services;
  out.as_of = options.as_of;
  out.window_months = options.window_months;
  const std::array<bool, 2> planned{system.soc1.has_value(), system.soc2.has_value()};

  // Type I, and Type II over the trailing window: one scoring of the scope.
  const Window trailing = observation_window(options);
  ScopeScores base = score_scope(inventory, system.services, trailing, planned);
  out.applicability = base.services;

  for (Framework f : all_frameworks) {
    SystemFramework x;
    x.framework = f;
    x.planned = planned[slot(f)];
    x.report = planned_of(system, f);
    for (const auto& s : base.services)
      if (s.applicability.decision(f).applies()) x.applies_to.push_back(s.service);
    if (!x.planned && x.applies_to.empty()) continue;  // not scored for this system
    std::tie(x.window, x.source) = system_window(x.report, options);
    x.type1 = std::move(base.readiness[slot(f)][0]);
    if (x.window.opens == trailing.opens && x.window.closes == trailing.closes &&
        !x.window.projection) {
      x.type2 = std::move(base.readiness[slot(f)][1]);
    } else {
      // The planned period is the window: the scope scored again over it (Type II only kept).
      ScopeScores over = score_scope(inventory, system.services, x.window, planned);
      x.type2 = std::move(over.readiness[slot(f)][1]);
    }
    out.frameworks.push_back(std::move(x));
  }
  return out;
}

std::string why_scored(const SystemFramework& f) {
  std::vector<std::string> parts;
  if (const auto& p = f.report) {
    std::string when;
    if (p->period_start && p->period_end)
      when = fmt::format(", {} to {}", p->period_start->iso(), p->period_end->iso());
    else if (p->period_end)
      when = fmt::format(", as of {}", p->period_end->iso());
    parts.push_back(fmt::format("{} Type {} planned{}", label(f.framework), name(p->type), when));
  } else {
    parts.push_back("no report planned");
  }
  if (f.applies_to.empty())
    parts.push_back("applies to none of its services");
  else if (f.applies_to.size() > why_scored_services_named)
    parts.push_back(fmt::format("applies to {} of its services", f.applies_to.size()));
  else
    parts.push_back(fmt::format("applies to {}", fmt::join(f.applies_to, ", ")));
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string window_text(const SystemFramework& f, ReportType type, Date as_of) {
  if (type == ReportType::type1) return fmt::format("as of {}", as_of.iso());
  const std::string range = fmt::format("{} to {}", f.window.opens.iso(), f.window.closes.iso());
  switch (f.source) {
    case WindowSource::trailing:
    case WindowSource::period:
      return range;
    case WindowSource::projection:
      return fmt::format("{} (projection: the period ends {})", range, f.report->period_end->iso());
    case WindowSource::not_started:
      return fmt::format("{} (the period starts {})", range, f.report->period_start->iso());
  }
  return range;
}

}  // namespace socready::scoring
