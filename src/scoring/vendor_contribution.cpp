#include "scoring/vendor_contribution.hpp"

#include <fmt/format.h>

#include "scoring/subservice_worth.hpp"

namespace socready::scoring {

std::string vendor_contribution_key(const Subservice& vendor, Framework framework) {
  // Lower case, as the CSV files spell the framework (report_framework).
  return fmt::format("vendor:{}:{}", vendor.key, framework == Framework::soc1 ? "soc1" : "soc2");
}

const std::vector<std::string>& vendor_requirements(const Subservice& vendor, Framework framework) {
  static const std::vector<std::string> none;
  if (vendor.method != SubserviceMethod::carve_out) return none;
  return framework == Framework::soc1 ? vendor.csoc_objectives : vendor.csoc_criteria;
}

ControlScore vendor_control_score(const Subservice& vendor, Framework framework, ReportType type,
                                  Date as_of, const ControlScore* monitoring) {
  const VendorWorth report = vendor_report_worth(vendor, framework, type, as_of);
  std::optional<double> monitoring_score;
  if (!vendor.monitored_by.empty() && monitoring) monitoring_score = monitoring->score;
  const VendorWorth worth = capped_by_monitoring(report, vendor, monitoring_score);

  ControlScore c;
  c.key = vendor_contribution_key(vendor, framework);
  c.title = vendor.name.empty() ? vendor.key : vendor.name;
  c.owner = monitoring && !vendor.monitored_by.empty() ? monitoring->owner : std::string();
  // Not a status of the company's: what the vendor is worth is its score, and the factors of a
  // control stay neutral so that nothing reading them finds a reduction that is not there.
  c.status = Status::implemented;
  c.status_weight = 1.0;
  c.operating_factor = 1.0;
  c.sample_factor = 1.0;
  c.valid_from = vendor.valid_from;
  c.type = type;
  c.score = worth.worth;
  if (worth.worth < 1.0) c.gap = worth.gap;
  if (!worth.reason.empty()) c.reasons.push_back(worth.reason);
  c.vendor = VendorFacts{vendor.key,          vendor.report,    vendor.bridge_letter_until,
                         vendor.monitored_by, monitoring_score, report.worth};
  return c;
}

std::vector<VendorContribution> vendor_contributions(const std::vector<Subservice>& vendors,
                                                     Date as_of,
                                                     const MonitoringScore& monitoring) {
  std::vector<VendorContribution> out;
  for (const auto& v : vendors) {
    for (Framework f : all_frameworks) {
      const auto& codes = vendor_requirements(v, f);
      if (codes.empty()) continue;
      VendorContribution c;
      c.vendor = &v;
      c.framework = f;
      c.requirements = &codes;
      for (ReportType t : all_report_types) {
        const ControlScore* m = v.monitored_by.empty() ? nullptr : monitoring(v.monitored_by, t);
        c.score[t == ReportType::type1 ? 0 : 1] =
            std::make_shared<const ControlScore>(vendor_control_score(v, f, t, as_of, m));
      }
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::optional<std::string> vendor_gap_text(const RequirementScore& requirement, GapReason reason) {
  if (reason < GapReason::vendor_no_report) return std::nullopt;
  const ControlScore* best = requirement.best();
  if (!best || !best->vendor || best->reasons.empty()) return std::nullopt;
  return best->reasons.front();
}

}  // namespace socready::scoring
