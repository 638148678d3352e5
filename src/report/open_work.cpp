#include "report/open_work.hpp"

#include <algorithm>
#include <tuple>

#include "core/text.hpp"
#include "report/service_lists.hpp"
#include "scoring/vendor_contribution.hpp"

namespace socready::report {

namespace {

// The urgency groups of open_work, in order.
int group(const WorkItem& w) {
  if (w.kind == WorkItem::Kind::expiring_evidence) return 3;
  if (w.blocker) return w.blocks_type1 ? 0 : 1;
  return 2;
}

void add_gaps(const scoring::ServiceResult& s, const ServiceLists& lists, Framework f,
              std::vector<WorkItem>& out) {
  // Type II scores never exceed Type I, so the Type II gaps include every Type I gap.
  const scoring::Readiness& one = s.readiness(f, ReportType::type1);
  const scoring::Readiness& two = s.readiness(f, ReportType::type2);
  for (std::size_t i = 0; i < two.gaps.size(); ++i) {
    const scoring::Gap& g = two.gaps[i];
    const scoring::RequirementScore& r = two.requirement_of(g);
    const scoring::RequirementScore* r1 = one.find(g.code);
    WorkItem w;
    w.service = s.service;
    w.requirement = g.code;
    w.title = r.title;
    w.framework = f;
    w.types = r1 && r1->score < 1.0 ? "I and II" : "II";
    w.reason = std::string(scoring::name(g.reason));
    w.why =
        scoring::vendor_gap_text(r, g.reason).value_or(std::string(scoring::describe(g.reason)));
    w.blocker = g.blocker;
    w.blocks_type1 = g.blocker && r1 && r1->blocker;
    w.score = g.score;
    w.controls = r.controls;
    w.owners = lists.owners_of_gap(f, i);
    out.push_back(std::move(w));
  }
}

}  // namespace

std::vector<WorkItem> open_work(const std::vector<scoring::ServiceResult>& services, Date as_of) {
  return open_work(services, service_lists(services, as_of));
}

std::vector<WorkItem> open_work(const std::vector<scoring::ServiceResult>& services,
                                const std::vector<ServiceLists>& lists) {
  std::vector<WorkItem> out;
  for (std::size_t i = 0; i < services.size(); ++i) {
    const scoring::ServiceResult& s = services[i];
    const ServiceLists& derived = lists.at(i);
    for (Framework f : scoring::all_frameworks)
      if (s.applicability.decision(f).applies()) add_gaps(s, derived, f, out);
    for (const auto& e : derived.expiring) {
      WorkItem w;
      w.kind = WorkItem::Kind::expiring_evidence;
      w.service = s.service;
      const scoring::ControlScore& c = *e.control.front();
      w.title = c.title;
      w.reason = "expiring_evidence";
      w.why = e.vendor_report
                  ? "its SOC report (period ended " + e.latest.iso() + ") counts for less after " +
                        e.current_until.iso() + ": ask the vendor for the next one"
                  : "its latest evidence stops counting as current on " + e.current_until.iso();
      w.controls = e.control;
      if (!c.owner.empty()) w.owners = {c.owner};
      w.due = e.current_until;
      out.push_back(std::move(w));
    }
  }
  // Stable: within a service and framework, gaps keep the scorer's catalog-ordered ranking.
  // The keys refer to the items, so comparing copies no string.
  const auto key = [](const WorkItem& w) {
    return std::tuple<int, double, Date, const std::string&, const std::optional<Framework>&>(
        group(w), w.kind == WorkItem::Kind::gap ? w.score : 0.0, w.due.value_or(Date{}), w.service,
        w.framework);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const WorkItem& a, const WorkItem& b) { return key(a) < key(b); });
  return out;
}

bool owned_by(const WorkItem& item, const std::string& owner) {
  const std::string wanted = ascii_lower(owner);
  return std::any_of(item.owners.begin(), item.owners.end(),
                     [&](std::string_view o) { return ascii_lower(o) == wanted; });
}

}  // namespace socready::report
