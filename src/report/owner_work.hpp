#pragma once
// The open work grouped by owner, as the owners page lists it. Under an owner, the items that
// differ only in their service (same requirement, report, reason, urgency and the owner's own
// controls) are one row: a portfolio's entity-level controls otherwise repeat one gap once per
// service.

#include <string>
#include <string_view>
#include <vector>

#include "report/open_work.hpp"

namespace socready::report {

// The heading of the work whose controls have no owner, or that no control addresses.
inline constexpr std::string_view no_owner = "No owner";

struct OwnerRow {
  const WorkItem* first;                     // the row's first item, in open_work's order
  std::vector<std::string_view> controls;    // the owner's among the item's
  std::vector<const std::string*> services;  // each item's service, in open_work's order
};

// One owner's part of the open work: the items they own, in open_work's order, and the rows
// those items make.
struct OwnerWork {
  std::string owner;
  std::vector<const WorkItem*> items;
  std::vector<OwnerRow> rows;
};

// The owners in name order, then "No owner" for the items none of whose controls has an
// owner; an item is under each owner of one of its controls. The result refers to `items`.
std::vector<OwnerWork> work_by_owner(const std::vector<WorkItem>& items);

}  // namespace socready::report
