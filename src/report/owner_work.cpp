#include "report/owner_work.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

namespace socready::report {

namespace {

// What makes two items the same work apart from their service and controls.
struct Signature {
  WorkItem::Kind kind;
  std::optional<Framework> framework;
  std::string_view types, requirement, title, why;
  bool blocker, blocks_type1;
  std::optional<Date> due;

  explicit Signature(const WorkItem& w)
      : kind(w.kind),
        framework(w.framework),
        types(w.types),
        requirement(w.requirement),
        title(w.title),
        why(w.why),
        blocker(w.blocker),
        blocks_type1(w.blocks_type1),
        due(w.due) {}
  friend bool operator==(const Signature&, const Signature&) = default;
};

struct SignatureHash {
  std::size_t operator()(const Signature& s) const {
    std::size_t h = std::hash<std::string_view>{}(s.requirement);
    for (std::string_view part : {s.types, s.title, s.why})
      h = h * 31 + std::hash<std::string_view>{}(part);
    h = h * 31 + (s.framework ? static_cast<std::size_t>(*s.framework) + 1 : 0);
    h = h * 31 + (s.due ? static_cast<std::size_t>(s.due->days()) + 1 : 0);
    return h * 31 + (static_cast<std::size_t>(s.kind) << 2 | s.blocker << 1 | s.blocks_type1);
  }
};

// Each item's signature as a number, equal for items that are the same work.
std::vector<std::size_t> signatures(const std::vector<WorkItem>& items) {
  std::unordered_map<Signature, std::size_t, SignatureHash> ids;
  std::vector<std::size_t> out;
  out.reserve(items.size());
  for (const auto& w : items)
    out.push_back(ids.try_emplace(Signature(w), ids.size()).first->second);
  return out;
}

// The item's controls held by each of its owners (in name order), in the item's order. "No
// owner" lists the controls that have none (an unmapped requirement has no control).
std::vector<std::pair<std::string_view, std::vector<std::string_view>>> controls_by_owner(
    const WorkItem& w) {
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> out;
  if (w.owners.empty()) out.emplace_back(no_owner, std::vector<std::string_view>{});
  for (const auto& o : w.owners) out.emplace_back(o, std::vector<std::string_view>{});
  for (const auto& c : w.controls) {
    const std::string_view owner = c->owner;
    if (w.owners.empty()) {
      if (owner.empty()) out.front().second.push_back(c->key);
      continue;
    }
    const auto at =
        std::lower_bound(out.begin(), out.end(), owner,
                         [](const auto& entry, std::string_view o) { return entry.first < o; });
    if (at != out.end() && at->first == owner) at->second.push_back(c->key);
  }
  return out;
}

struct RowKeyHash {
  std::size_t operator()(const std::pair<std::size_t, std::vector<std::string_view>>& k) const {
    std::size_t h = k.first;
    for (std::string_view c : k.second) h = h * 31 + std::hash<std::string_view>{}(c);
    return h;
  }
};

}  // namespace

std::vector<OwnerWork> work_by_owner(const std::vector<WorkItem>& items) {
  const auto signature = signatures(items);
  using RowKey = std::pair<std::size_t, std::vector<std::string_view>>;
  // An owner's work, with where each of its rows is by (signature, the owner's controls).
  struct Grouping {
    OwnerWork work;
    std::unordered_map<RowKey, std::size_t, RowKeyHash> row_of;
  };
  // Hashed by name while grouping, sorted by name once at the end: a portfolio has thousands of
  // owners and each item is looked up under each of its owners.
  std::vector<Grouping> named;
  std::unordered_map<std::string_view, std::size_t> named_at;
  Grouping unowned{{std::string(no_owner), {}, {}}, {}};
  for (std::size_t i = 0; i < items.size(); ++i) {
    const WorkItem& w = items[i];
    for (auto& [owner, controls] : controls_by_owner(w)) {
      Grouping* g = &unowned;
      if (!w.owners.empty()) {
        const auto [at, added] = named_at.try_emplace(owner, named.size());
        if (added) named.push_back({{std::string(owner), {}, {}}, {}});
        g = &named[at->second];
      }
      g->work.items.push_back(&w);
      auto [at, added] = g->row_of.try_emplace(RowKey{signature[i], controls}, g->work.rows.size());
      if (added) g->work.rows.push_back({&w, std::move(controls), {}});
      g->work.rows[at->second].services.push_back(&w.service);
    }
  }
  std::vector<OwnerWork> out;
  out.reserve(named.size() + 1);
  for (auto& g : named) out.push_back(std::move(g.work));
  std::sort(out.begin(), out.end(),
            [](const OwnerWork& a, const OwnerWork& b) { return a.owner < b.owner; });
  if (!unowned.work.items.empty()) out.push_back(std::move(unowned.work));
  return out;
}

}  // namespace socready::report
