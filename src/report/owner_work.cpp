#include "report/owner_work.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <type_traits>
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

// The item's controls grouped by its owners: group g (owner g of the item, in name order, or the
// one "No owner" group, of the controls without one, when the item has no owner) is
// keys[ends[g - 1], ends[g]), in the item's order.
struct OwnedControls {
  std::vector<std::string_view> keys;
  std::vector<std::size_t> ends;

  std::span<const std::string_view> group(std::size_t g) const {
    const std::size_t from = g ? ends[g - 1] : 0;
    return {keys.data() + from, ends[g] - from};
  }
};

OwnedControls controls_by_owner(const WorkItem& w) {
  OwnedControls out;
  if (w.owners.empty()) {
    for (const auto& c : w.controls)
      if (c->owner.empty()) out.keys.push_back(c->key);
    out.ends.push_back(out.keys.size());
    return out;
  }
  // Each control's owner found once, then the keys placed owner by owner (a counting sort,
  // which keeps the item's order within an owner).
  std::vector<std::size_t> owner_of;
  owner_of.reserve(w.controls.size());
  std::vector<std::size_t> count(w.owners.size(), 0);
  for (const auto& c : w.controls) {
    const std::string_view owner = c->owner;
    const auto at = std::lower_bound(w.owners.begin(), w.owners.end(), owner);
    const bool owned = at != w.owners.end() && *at == owner;
    owner_of.push_back(owned ? static_cast<std::size_t>(at - w.owners.begin()) : w.owners.size());
    if (owned) ++count[owner_of.back()];
  }
  out.ends.resize(w.owners.size());
  std::vector<std::size_t> next(w.owners.size());
  std::size_t total = 0;
  for (std::size_t g = 0; g < w.owners.size(); ++g) {
    next[g] = total;
    total += count[g];
    out.ends[g] = total;
  }
  out.keys.resize(total);
  for (std::size_t i = 0; i < w.controls.size(); ++i)
    if (owner_of[i] < w.owners.size()) out.keys[next[owner_of[i]]++] = w.controls[i]->key;
  return out;
}

// Keys equal by content; the same control, shared by the services that list it, is found
// equal without reading its key.
bool same_keys(std::span<const std::string_view> a, std::span<const std::string_view> b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](std::string_view x, std::string_view y) {
                      return x.size() == y.size() && (x.data() == y.data() || x == y);
                    });
}

// A row under one owner: the item's signature and the owner's controls. The controls a row
// keeps are its own list's, whose storage stays put as rows are added; a look-up borrows an
// item's list without copying it.
struct RowKey {
  std::size_t signature;
  std::span<const std::string_view> controls;
};

struct RowKeyHash {
  std::size_t operator()(const RowKey& k) const {
    std::size_t h = k.signature;
    for (std::string_view c : k.controls) h = h * 31 + std::hash<std::string_view>{}(c);
    return h;
  }
};

struct RowKeyEqual {
  bool operator()(const RowKey& a, const RowKey& b) const {
    return a.signature == b.signature && same_keys(a.controls, b.controls);
  }
};

}  // namespace

std::vector<OwnerWork> work_by_owner(const std::vector<WorkItem>& items) {
  const auto signature = signatures(items);
  // An owner's work, with where each of its rows is.
  struct Grouping {
    OwnerWork work;
    std::unordered_map<RowKey, std::size_t, RowKeyHash, RowKeyEqual> row_of;
  };
  // The row keys borrow their rows' storage: a grouping must move as `named` grows, never be
  // copied (a copy's keys would point into the rows it was copied from).
  static_assert(std::is_nothrow_move_constructible_v<Grouping>);
  // Hashed by name while grouping, sorted by name once at the end: a portfolio has thousands of
  // owners and each item is looked up under each of its owners.
  std::vector<Grouping> named;
  std::unordered_map<std::string_view, std::size_t> named_at;
  Grouping unowned{{std::string(no_owner), {}, {}}, {}};
  for (std::size_t i = 0; i < items.size(); ++i) {
    const WorkItem& w = items[i];
    const OwnedControls owned = controls_by_owner(w);
    for (std::size_t o = 0; o < owned.ends.size(); ++o) {
      Grouping* g = &unowned;
      if (!w.owners.empty()) {
        const auto [at, added] = named_at.try_emplace(w.owners[o], named.size());
        if (added) named.push_back({{std::string(w.owners[o]), {}, {}}, {}});
        g = &named[at->second];
      }
      g->work.items.push_back(&w);
      auto at = g->row_of.find(RowKey{signature[i], owned.group(o)});
      if (at == g->row_of.end()) {
        const auto controls = owned.group(o);
        g->work.rows.push_back({&w, {controls.begin(), controls.end()}, {}});
        at = g->row_of
                 .emplace(RowKey{signature[i], g->work.rows.back().controls},
                          g->work.rows.size() - 1)
                 .first;
      }
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
