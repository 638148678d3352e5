#pragma once
// The open work of a set of services as one list, most urgent first: every gap of every
// applicable report and every control whose evidence goes stale next quarter. `socready gaps`
// prints it; the owners page groups it by owner.

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "report/service_lists.hpp"
#include "scoring/result.hpp"

namespace socready::report {

struct WorkItem {
  enum class Kind { gap, expiring_evidence };
  Kind kind = Kind::gap;
  std::string service;                 // slug
  std::string requirement;             // code; empty for expiring evidence
  std::string title;                   // the requirement's title, or the control's
  std::optional<Framework> framework;  // nullopt for expiring evidence (it serves every report)
  // The report types it lowers: "I and II" or "II" for a gap, empty for expiring evidence.
  std::string types;
  std::string reason;                    // GapReason name, or "expiring_evidence"
  std::string why;                       // the reason in words
  bool blocker = false;                  // no effective control: it blocks the Type II report...
  bool blocks_type1 = false;             // ...and the Type I report as well
  double score = 0.0;                    // the requirement's Type II score; 0 for expiring evidence
  std::vector<std::string_view> owners;  // the controls' owners: distinct, sorted; may be empty
  std::optional<Date> due;               // expiring evidence: its last day as current evidence
  // The controls involved, in key order: the requirement's for a gap (none when no control
  // addresses it), the one going stale for expiring evidence. They, and `owners`, belong to the
  // scored services: a portfolio's gaps list the same entity-level controls tens of thousands
  // of times, and copying their keys and owners was most of the owners page's time.
  scoring::ControlSpan controls;
};

// Blockers of both report types first, then Type II blockers, then other gaps by score
// ascending, then expiring evidence by due date; ties by service, framework and catalog order.
// The items refer to `services`, which must outlive them.
std::vector<WorkItem> open_work(const std::vector<scoring::ServiceResult>& services, Date as_of);
std::vector<WorkItem> open_work(const std::vector<scoring::ServiceResult>&& services,
                                Date as_of) = delete;
// The same from the services' lists made already (service_lists(services, as_of)): the items
// refer to `services`, not to `lists`.
std::vector<WorkItem> open_work(const std::vector<scoring::ServiceResult>& services,
                                const std::vector<ServiceLists>& lists);
std::vector<WorkItem> open_work(const std::vector<scoring::ServiceResult>&& services,
                                const std::vector<ServiceLists>& lists) = delete;

// Whether `owner` (compared without regard to case) is among the item's owners.
bool owned_by(const WorkItem& item, const std::string& owner);

}  // namespace socready::report
