#include "scoring/readiness.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <numeric>
#include <span>
#include <string_view>
#include <unordered_map>

#include "core/error.hpp"
#include "scoring/applicability.hpp"
#include "scoring/control_score.hpp"
#include "scoring/policy.hpp"
#include "scoring/vendor_contribution.hpp"

namespace socready::scoring {

namespace {

using Index = std::uint32_t;

Index to_index(std::size_t i) { return static_cast<Index>(i); }
std::size_t type_slot(ReportType t) { return t == ReportType::type1 ? 0 : 1; }

// A control in scope for someone, scored once for the whole run.
struct PreparedControl {
  std::shared_ptr<const ControlScore> score[2];  // by type_slot
  std::vector<Index> requirements;               // catalog positions, ascending, unique
};

// A carve-out vendor for one framework (SPEC §4a), scored once for the whole run.
struct PreparedVendor {
  VendorContribution contribution;
  std::vector<Index> requirements;  // catalog positions, ascending, unique
};

bool has_test_deviation(const ControlScore& c) {
  return std::any_of(c.deviations.begin(), c.deviations.end(),
                     [](const Deviation& d) { return !d.missing(); });
}

using ControlList = std::vector<const ControlScore*>;

// The first pass over one requirement of change management or logical access.
bool itgc_requirement_effective(const ControlList& controls) {
  const ControlScore* decided = deciding_control(controls, true);
  if (!decided || !(decided->score > 0.0)) return false;
  return std::none_of(controls.begin(), controls.end(),
                      [](const auto& c) { return has_test_deviation(*c); });
}

// The requirement a gap is about, and which control explains it. `best` is the highest score,
// ties to the lower key; when every control scores 0 that may be a planned one sitting next to
// an implemented one with no history, and the implemented one says more about what to do.
GapReason gap_reason(const RequirementScore& r, const ControlScore* best, bool itgc_ok) {
  if (r.controls.empty()) return GapReason::unmapped;
  bool all_planned = std::all_of(r.controls.begin(), r.controls.end(),
                                 [](const auto& c) { return c->status == Status::planned; });
  if (all_planned) return GapReason::planned_only;
  const ControlScore* source = best;
  if (source->status == Status::planned) {
    for (const auto& c : r.controls)
      if (c->status != Status::planned) {
        source = c;
        break;
      }
  }
  // Every factor below 1 sets the control's gap, so this fallback is never taken.
  std::optional<GapReason> reason = source->gap;
  if (!itgc_ok && source->nature == Nature::automated)
    reason =
        std::min(reason.value_or(GapReason::itgc_not_effective), GapReason::itgc_not_effective);
  return reason.value_or(GapReason::partial);
}

Gap make_gap(const RequirementScore& r, std::size_t position) {
  return {r.code, r.score, r.blocker, *r.gap, position};
}

class Scorer {
 public:
  // `only`, when given (sorted slugs), leaves out the controls that cover none of those services
  // and are not entity-level: a system's scope need not score the whole portfolio's controls.
  Scorer(const Inventory& inventory, const Window& window,
         const std::vector<std::string>* only = nullptr)
      : catalog_(inventory.catalog),
        capabilities_(inventory.capabilities),
        slot_(inventory.catalog.size(), -1) {
    for (std::size_t i = 0; i < catalog_.size(); ++i) {
      code_index_.emplace(catalog_[i].code, to_index(i));
      category_.push_back(catalog_[i].framework == Framework::soc2
                              ? parse_category(catalog_[i].category)
                              : std::nullopt);
    }
    prepare_controls(inventory.controls, window, only);
    // A vendor is worth what its report is worth on the as-of date, the window's close.
    prepare_vendors(inventory.subservices, window.closes);
    keep_scores();
    for (Framework f : all_frameworks)
      for (auto code : policy::itgc_requirements(f))
        if (auto it = code_index_.find(code); it != code_index_.end())
          itgc_[f == Framework::soc1 ? 0 : 1].push_back(it->second);
  }

  ServiceResult score(const Service& service, const Options& options) {
    ServiceResult out;
    out.service = service.slug;
    out.name = service.name;
    out.product_line = service.product_line;
    out.as_of = options.as_of;
    out.window_months = options.window_months;
    out.applicability = decide_applicability(service, catalog_, capabilities_);
    const ApplicabilityResult* one[] = {&out.applicability};
    const std::string_view slug[] = {service.slug};
    const std::array<Outcome, 2> outcomes{out.applicability.soc1.outcome,
                                          out.applicability.soc2.outcome};
    score_scope(one, slug, outcomes, [&](Framework f, ReportType t, Readiness&& r) {
      out.readiness(f, t) = std::move(r);
    });
    return out;
  }

  ApplicabilityResult applicability_of(const Service& service) const {
    return decide_applicability(service, catalog_, capabilities_);
  }

  // Several services as one scope (the one-service case is score()): per framework, the union
  // of their requirements in scope, and the controls covering any of them, each requirement and
  // each control once. `outcomes` (SOC 1, SOC 2) set the bands.
  void score_scope(std::span<const ApplicabilityResult* const> applicability,
                   std::span<const std::string_view> slugs, const std::array<Outcome, 2>& outcomes,
                   const std::function<void(Framework, ReportType, Readiness&&)>& each) {
    std::vector<Index> in_scope[2];  // by framework: catalog positions, catalog order
    for (const auto* a : applicability)
      for (const auto& code : a->soc1_objectives)
        if (auto it = code_index_.find(code); it != code_index_.end())
          in_scope[0].push_back(it->second);
    for (std::size_t i = 0; i < catalog_.size(); ++i)
      if (category_[i] &&
          std::any_of(applicability.begin(), applicability.end(),
                      [&](const auto* a) { return a->category_in_scope(*category_[i]); }))
        in_scope[1].push_back(to_index(i));
    if (applicability.size() > 1) {
      std::sort(in_scope[0].begin(), in_scope[0].end());
      in_scope[0].erase(std::unique(in_scope[0].begin(), in_scope[0].end()), in_scope[0].end());
    }

    for (std::size_t f = 0; f < 2; ++f) {
      // Cleared, not reassigned: the inner vectors keep their capacity from service to service.
      auto& lists = contributors_[f];
      if (lists.size() < in_scope[f].size()) lists.resize(in_scope[f].size());
      for (auto& list : lists) list.clear();
      auto& vendor_lists = vendor_contributors_[f];
      if (vendor_lists.size() < in_scope[f].size()) vendor_lists.resize(in_scope[f].size());
      for (auto& list : vendor_lists) list.clear();
      for (std::size_t i = 0; i < in_scope[f].size(); ++i)
        slot_[in_scope[f][i]] = static_cast<std::int32_t>(i);
    }
    if (slugs.size() == 1)
      collect_contributors(slugs[0]);
    else
      collect_scope_contributors(slugs);
    collect_vendors(slugs);
    for (std::size_t f = 0; f < 2; ++f)
      for (Index r : in_scope[f]) slot_[r] = -1;

    for (Framework f : all_frameworks) {
      std::size_t fi = f == Framework::soc1 ? 0 : 1;
      for (ReportType t : all_report_types)
        each(f, t, readiness(f, t, outcomes[fi], in_scope[fi], contributors_[fi]));
    }
  }

 private:
  void prepare_controls(const std::vector<ControlFacts>& controls, const Window& window,
                        const std::vector<std::string>* only) {
    // Key order makes every list built from these positions come out in key order, which is
    // what makes ties and output order deterministic whatever order the caller used.
    std::vector<std::size_t> order(controls.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return controls[a].version.key < controls[b].version.key;
    });
    for (std::size_t i : order) {
      const ControlFacts& facts = controls[i];
      const ControlVersion& v = facts.version;
      if (v.status == Status::not_applicable) continue;  // SPEC §4: never counts
      if (only && !v.all_services &&
          std::none_of(v.services.begin(), v.services.end(), [&](const std::string& slug) {
            return std::binary_search(only->begin(), only->end(), slug);
          }))
        continue;
      PreparedControl p;
      ControlScores scores = score_control(facts, window);
      p.score[0] = std::make_shared<const ControlScore>(std::move(scores.type1));
      p.score[1] = std::make_shared<const ControlScore>(std::move(scores.type2));
      for (const auto& code : v.requirements)
        if (auto it = code_index_.find(code); it != code_index_.end())
          p.requirements.push_back(it->second);
      std::sort(p.requirements.begin(), p.requirements.end());
      p.requirements.erase(std::unique(p.requirements.begin(), p.requirements.end()),
                           p.requirements.end());
      Index position = to_index(prepared_.size());
      if (v.all_services) {
        entity_level_.push_back(position);
      } else {
        for (const auto& slug : v.services) by_service_[slug].push_back(position);
      }
      prepared_.push_back(std::move(p));
    }
  }

  // Every score the results point at, held by each requirement scored (RequirementScore::owner):
  // the results outlive the scorer.
  void keep_scores() {
    auto scores = std::make_shared<std::vector<std::shared_ptr<const ControlScore>>>();
    scores->reserve(2 * (prepared_.size() + vendors_.size()));
    for (const auto& p : prepared_) scores->insert(scores->end(), {p.score[0], p.score[1]});
    for (const auto& v : vendors_)
      scores->insert(scores->end(), {v.contribution.score[0], v.contribution.score[1]});
    kept_ = std::move(scores);
  }

  void prepare_vendors(const std::vector<Subservice>& vendors, Date as_of) {
    if (vendors.empty()) return;
    std::unordered_map<std::string_view, Index> by_key;
    for (std::size_t i = 0; i < prepared_.size(); ++i)
      by_key.emplace(prepared_[i].score[0]->key, to_index(i));
    auto monitoring = [&](std::string_view key, ReportType t) -> const ControlScore* {
      auto it = by_key.find(key);
      return it == by_key.end() ? nullptr : prepared_[it->second].score[type_slot(t)].get();
    };
    for (auto& c : vendor_contributions(vendors, as_of, monitoring)) {
      PreparedVendor p{std::move(c), {}};
      for (const auto& code : *p.contribution.requirements)
        if (auto it = code_index_.find(code); it != code_index_.end())
          p.requirements.push_back(it->second);
      std::sort(p.requirements.begin(), p.requirements.end());
      p.requirements.erase(std::unique(p.requirements.begin(), p.requirements.end()),
                           p.requirements.end());
      vendors_.push_back(std::move(p));
    }
  }

  // The carve-out vendors supporting any of the services, each once, under the requirements in
  // scope they meet.
  void collect_vendors(std::span<const std::string_view> slugs) {
    for (std::size_t v = 0; v < vendors_.size(); ++v) {
      const auto& vendor = *vendors_[v].contribution.vendor;
      if (std::none_of(slugs.begin(), slugs.end(),
                       [&](std::string_view slug) { return vendor.supports(std::string(slug)); }))
        continue;
      for (Index r : vendors_[v].requirements) {
        std::int32_t s = slot_[r];
        if (s < 0) continue;
        std::size_t f = catalog_[r].framework == Framework::soc1 ? 0 : 1;
        vendor_contributors_[f][static_cast<std::size_t>(s)].push_back(to_index(v));
      }
    }
  }

  // A requirement's vendors among its controls, in key order as every contributor list is.
  void add_vendors(ControlList& controls, const std::vector<Index>& vendors, ReportType t) const {
    for (Index v : vendors) {
      const ControlScore* score = vendors_[v].contribution.score[type_slot(t)].get();
      auto at = std::lower_bound(controls.begin(), controls.end(), score,
                                 [](const auto& a, const auto& b) { return a->key < b->key; });
      controls.insert(at, score);
    }
  }

  // Appends the control at `position` to the requirements in scope it addresses.
  void add_contributor(Index position) {
    for (Index r : prepared_[position].requirements) {
      std::int32_t s = slot_[r];
      if (s < 0) continue;
      std::size_t f = catalog_[r].framework == Framework::soc1 ? 0 : 1;
      contributors_[f][static_cast<std::size_t>(s)].push_back(position);
    }
  }

  // The controls covering any of several services, each once, in key order (positions are in
  // key order): entity-level ones and each service's own.
  void collect_scope_contributors(std::span<const std::string_view> slugs) {
    std::vector<Index> positions = entity_level_;
    for (auto slug : slugs)
      if (auto it = by_service_.find(slug); it != by_service_.end())
        positions.insert(positions.end(), it->second.begin(), it->second.end());
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    for (Index position : positions) add_contributor(position);
  }

  // Walks the service's controls in key order (a merge of the entity-level list and its own),
  // appending each to the requirements in scope it addresses.
  void collect_contributors(std::string_view slug) {
    static const std::vector<Index> none;
    auto it = by_service_.find(slug);
    const std::vector<Index>& own = it == by_service_.end() ? none : it->second;
    auto add = [&](Index position) { add_contributor(position); };
    std::size_t a = 0, b = 0;
    while (a < entity_level_.size() || b < own.size()) {
      bool take_entity = b == own.size() || (a < entity_level_.size() && entity_level_[a] < own[b]);
      if (take_entity) {
        add(entity_level_[a++]);
      } else {
        // A slug listed twice by one control must not count it twice.
        if (a < entity_level_.size() && entity_level_[a] == own[b]) ++a;
        Index position = own[b++];
        while (b < own.size() && own[b] == position) ++b;
        add(position);
      }
    }
  }

  // SPEC §4's first pass: automated controls at full credit, is any change-management or
  // logical-access requirement in scope a blocker or does a control addressing it carry a
  // deviation? Not iterated, so an automated control's own score never decides it.
  bool itgc_effective(std::size_t fi, const std::vector<Index>& in_scope,
                      const std::vector<std::vector<Index>>& contributors) {
    for (Index r : itgc_[fi]) {
      auto at = std::lower_bound(in_scope.begin(), in_scope.end(), r);
      if (at == in_scope.end() || *at != r) continue;
      scratch_.clear();
      const auto slot = static_cast<std::size_t>(at - in_scope.begin());
      for (Index position : contributors[slot])
        scratch_.push_back(prepared_[position].score[1].get());
      add_vendors(scratch_, vendor_contributors_[fi][slot], ReportType::type2);
      if (!itgc_requirement_effective(scratch_)) return false;
    }
    return true;
  }

  Readiness readiness(Framework f, ReportType t, Outcome applies,
                      const std::vector<Index>& in_scope,
                      const std::vector<std::vector<Index>>& contributors) {
    Readiness rd;
    rd.framework = f;
    rd.type = t;
    rd.applicability = applies;
    rd.in_scope = static_cast<int>(in_scope.size());
    rd.requirements.reserve(in_scope.size());
    const std::size_t fi = f == Framework::soc1 ? 0 : 1;
    const bool type2 = t == ReportType::type2;
    const bool itgc_ok = !type2 || itgc_effective(fi, in_scope, contributors);
    bool key_flagged = false;
    double sum = 0.0;
    for (std::size_t i = 0; i < in_scope.size(); ++i) {
      const Requirement& q = catalog_[in_scope[i]];
      RequirementScore rs;
      static_cast<RequirementText&>(rs) = q;
      rs.controls.reserve(contributors[i].size());
      rs.owner = kept_;
      bool deviation = false;
      for (Index position : contributors[i]) {
        const ControlScore* c = prepared_[position].score[type_slot(t)].get();
        rs.controls.push_back(c);
        if (type2) {
          deviation = deviation || has_test_deviation(*c);
          key_flagged = key_flagged || (c->is_key && !c->deviations.empty());
        }
      }
      add_vendors(rs.controls, vendor_contributors_[fi][i], t);
      const ControlScore* decided = deciding_control(rs.controls, itgc_ok);
      if (decided) {
        rs.best_control = decided->key;
        rs.score = counted_score(*decided, itgc_ok);
      }
      rs.blocker = !(rs.score > 0.0);
      if (rs.score < 1.0) rs.gap = gap_reason(rs, decided, itgc_ok);
      // SPEC §4: a deviation is a gap whatever other controls cover the requirement.
      if (deviation && (!rs.gap || GapReason::deviation < *rs.gap)) rs.gap = GapReason::deviation;
      sum += rs.score;
      if (rs.blocker)
        rd.blockers.push_back(rs.code);
      else
        ++rd.covered;
      rd.requirements.push_back(std::move(rs));
    }
    rd.readiness = in_scope.empty() ? 0.0 : 100.0 * sum / static_cast<double>(in_scope.size());
    rd.band = policy::band_for(applies, rd.readiness, !rd.blockers.empty(), key_flagged);

    rd.gaps = gaps_of(rd.requirements);
    return rd;
  }

  const std::vector<Requirement>& catalog_;
  const std::vector<Capability>& capabilities_;  // the user's
  std::unordered_map<std::string_view, Index> code_index_;
  std::vector<std::optional<Category>> category_;  // SOC 2 criteria only
  std::vector<PreparedControl> prepared_;          // key order, not_applicable left out
  std::vector<Index> entity_level_;                // ascending
  std::unordered_map<std::string_view, std::vector<Index>> by_service_;  // ascending
  // Scratch reused across services: requirement position in its framework's scope, or -1.
  std::vector<std::int32_t> slot_;
  std::vector<Index> itgc_[2];  // by framework: catalog positions of policy::itgc_requirements
  ControlList scratch_;
  std::shared_ptr<const void> kept_;  // keep_scores()
  std::vector<std::vector<Index>> contributors_[2];
  std::vector<PreparedVendor> vendors_;  // carve-out vendors, SPEC §4a
  // Like contributors_, but positions in vendors_.
  std::vector<std::vector<Index>> vendor_contributors_[2];
};

}  // namespace

void check_window_months(const Options& options) {
  if (options.window_months < policy::min_window_months ||
      options.window_months > policy::max_window_months)
    throw InputError(fmt::format("observation window must be {} to {} months, not {}",
                                 policy::min_window_months, policy::max_window_months,
                                 options.window_months));
}

void score_each(const Inventory& inventory, const Options& options,
                const std::function<void(ServiceResult&&)>& each) {
  check_window_months(options);
  Scorer scorer(inventory, observation_window(options));
  for (const auto& service : inventory.services) each(scorer.score(service, options));
}

ScopeScores score_scope(const Inventory& inventory, const std::vector<std::string>& services,
                        const Window& window, const std::array<bool, 2>& planned) {
  std::vector<std::string> only = services;
  std::sort(only.begin(), only.end());
  Scorer scorer(inventory, window, &only);
  ScopeScores out;
  std::vector<std::string_view> slugs;
  for (const auto& slug : services) {
    const auto it = std::find_if(inventory.services.begin(), inventory.services.end(),
                                 [&](const Service& s) { return s.slug == slug; });
    if (it == inventory.services.end()) continue;  // not on file on the as-of date
    out.services.push_back({slug, scorer.applicability_of(*it)});
    slugs.push_back(it->slug);
  }
  std::vector<const ApplicabilityResult*> applicability;
  for (const auto& s : out.services) applicability.push_back(&s.applicability);
  std::array<Outcome, 2> outcomes{};
  for (Framework f : all_frameworks) {
    const std::size_t fi = f == Framework::soc1 ? 0 : 1;
    outcomes[fi] = scope_outcome(applicability, f, planned[fi]);
  }
  scorer.score_scope(applicability, slugs, outcomes, [&](Framework f, ReportType t, Readiness&& r) {
    out.readiness[f == Framework::soc1 ? 0 : 1][t == ReportType::type1 ? 0 : 1] = std::move(r);
  });
  return out;
}

Outcome scope_outcome(std::span<const ApplicabilityResult* const> services, Framework f,
                      bool planned) {
  if (planned) return Outcome::applies;
  Outcome out = Outcome::does_not_apply;
  for (const auto* a : services) {
    const Outcome o = a->decision(f).outcome;
    if (o == Outcome::applies) return o;
    if (o == Outcome::undetermined) out = o;
  }
  return out;
}

std::vector<ServiceResult> score(const Inventory& inventory, const Options& options) {
  std::vector<ServiceResult> out;
  out.reserve(inventory.services.size());
  score_each(inventory, options, [&](ServiceResult&& r) { out.push_back(std::move(r)); });
  return out;
}

double counted_score(const ControlScore& control, bool itgc_effective) {
  if (itgc_effective || control.nature != Nature::automated || control.type != ReportType::type2)
    return control.score;
  return control.score * policy::factor_itgc_not_effective;
}

const ControlScore* deciding_control(ControlSpan controls, bool itgc_effective) {
  const ControlScore* best = nullptr;
  double best_score = 0.0;
  for (const auto& c : controls) {
    double s = counted_score(*c, itgc_effective);
    // Strict: the lower key keeps a tie, except that the company's own control beats a vendor.
    if (!best || s > best_score || (s == best_score && best->vendor && !c->vendor))
      best = c, best_score = s;
  }
  const ControlScore* decided = best;
  double decided_score = best_score;
  for (const auto& k : controls) {
    double s = counted_score(*k, itgc_effective);
    if (!k->is_key || s >= decided_score) continue;
    bool compensated = std::any_of(controls.begin(), controls.end(), [&](const auto& c) {
      return counted_score(*c, itgc_effective) >= 1.0 &&
             std::find(c->compensates.begin(), c->compensates.end(), k->key) !=
                 c->compensates.end();
    });
    if (!compensated) decided = k, decided_score = s;
  }
  return decided;
}

bool itgc_effective(const Readiness& readiness) {
  if (readiness.type != ReportType::type2) return true;
  for (auto code : policy::itgc_requirements(readiness.framework))
    if (const RequirementScore* r = readiness.find(code))
      if (!itgc_requirement_effective(r->controls)) return false;
  return true;
}

std::vector<Gap> gaps_of(const std::vector<RequirementScore>& requirements) {
  std::vector<Gap> gaps;
  for (std::size_t i = 0; i < requirements.size(); ++i)
    if (requirements[i].gap) gaps.push_back(make_gap(requirements[i], i));
  // Stable: equal blockers and scores stay in catalog order.
  std::stable_sort(gaps.begin(), gaps.end(), [](const Gap& x, const Gap& y) {
    if (x.blocker != y.blocker) return x.blocker;
    return x.score < y.score;
  });
  return gaps;
}

}  // namespace socready::scoring
