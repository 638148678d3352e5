#include "import/service_importer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "import/formats.hpp"
#include "import/lookups.hpp"
#include "import/table.hpp"
#include "import/vocabulary.hpp"
#include "store/revision_store.hpp"
#include "store/service_store.hpp"
#include "store/sql_error.hpp"

namespace socready::import {

namespace {

enum Col : std::size_t {
  service,
  name,
  product_line,
  description,
  affects_financial_reporting,
  handles_customer_data,
  clients_ask_security,
  clients_ask_sox,
  capabilities,
  availability_commitment,
  processes_transactions,
  confidential_data,
  personal_data,
  soc1,
  soc2,
  override_reason,
  soc2_categories,
  soc1_objectives,
  column_count
};
constexpr const auto& column_names = formats::services;
static_assert(column_names.size() == column_count);
constexpr std::array<std::string_view, 1> required_columns{"service"};

}  // namespace

ImportSummary import_services(store::Database& db, const Source& source,
                              const ImportOptions& options) {
  ImportSummary summary;
  summary.kind = "services";
  summary.file = source.name;
  summary.effective = options.effective;
  summary.dry_run = options.dry_run;

  Problems problems;
  // One write transaction from the first read: two imports at once then run one after the
  // other, and each counts (and audits) against what the other wrote.
  store::with_import_transaction(db, [&] {
    const Lookups lookups = Lookups::load(db);
    std::map<std::string, Service, std::less<>> existing;
    for (auto& s : store::load_services(db)) existing.emplace(s.slug, std::move(s));
    std::map<std::string, std::size_t, std::less<>> seen;  // slug -> line
    std::vector<Service> rows;
    const std::vector<std::string> capability_names(known_capabilities().begin(),
                                                    known_capabilities().end());

    Table<column_count> table(source.in, source.name, source.size_bytes, column_names,
                              required_columns, problems, "importing");
    while (table.next()) {
      Service s;
      s.slug = std::string(trim(table[service]));
      if (!is_slug(s.slug)) {
        problems.add(table.where(service),
                     fmt::format("service: '{}' is not a slug; expected lower-case letters, digits "
                                 "and '-', starting with a letter or digit (e.g. payroll-engine)",
                                 s.slug));
        continue;
      }
      if (auto [it, fresh] = seen.emplace(s.slug, table.line()); !fresh) {
        problems.add(table.where(service),
                     fmt::format("service: {} is already listed on line {}", s.slug, it->second));
        continue;
      }
      const auto old = existing.find(s.slug);
      s.name = free_text(table[name]);
      if (s.name.empty()) {
        if (old != existing.end())
          s.name = old->second.name;
        else
          problems.add(table.where(name),
                       fmt::format("name: a new service ({}) needs a name", s.slug));
      }
      s.product_line = free_text(table[product_line]);
      s.description = free_text(table[description]);

      auto answer = [&](Col c, Answer& out) {
        if (!answer_from(table[c], out))
          problems.add(table.where(c), fmt::format("{}: '{}' is not a yes/no answer; expected {}",
                                                   column_names[c], trim(table[c]), answer_values));
      };
      answer(affects_financial_reporting, s.affects_financial_reporting);
      answer(handles_customer_data, s.handles_customer_data);
      answer(clients_ask_security, s.clients_ask_security);
      answer(clients_ask_sox, s.clients_ask_sox);
      answer(availability_commitment, s.availability_commitment);
      answer(processes_transactions, s.processes_transactions);
      answer(confidential_data, s.confidential_data);
      answer(personal_data, s.personal_data);

      for (auto item : split_list(table[capabilities])) {
        if (auto c = capability_from(item))
          s.capabilities.push_back(*c);
        else
          problems.add(table.where(capabilities),
                       fmt::format("capabilities: '{}' is not a known capability{}", item,
                                   suggestion(item, capability_names)));
      }
      std::sort(s.capabilities.begin(), s.capabilities.end());
      s.capabilities.erase(std::unique(s.capabilities.begin(), s.capabilities.end()),
                           s.capabilities.end());

      auto override_of = [&](Col c, Override& out) {
        if (auto o = override_from(table[c]))
          out = *o;
        else
          problems.add(table.where(c),
                       fmt::format("{}: '{}' is not an override; expected required, "
                                   "excluded or blank",
                                   column_names[c], trim(table[c])));
      };
      override_of(soc1, s.soc1);
      override_of(soc2, s.soc2);
      s.override_reason = free_text(table[override_reason]);
      if ((s.soc1 != Override::none || s.soc2 != Override::none) && s.override_reason.empty())
        problems.add(table.where(override_reason),
                     "override_reason: an override needs its reason (e.g. the contract that "
                     "requires it)");

      if (const auto cats = split_list(table[soc2_categories]); !cats.empty()) {
        s.soc2_categories.emplace();
        for (auto item : cats) {
          if (auto c = category_from(item))
            s.soc2_categories->push_back(*c);
          else
            problems.add(
                table.where(soc2_categories),
                fmt::format("soc2_categories: '{}' is not a category; expected Security, "
                            "Availability, Processing Integrity, Confidentiality or Privacy",
                            item));
        }
        std::sort(s.soc2_categories->begin(), s.soc2_categories->end());
        s.soc2_categories->erase(std::unique(s.soc2_categories->begin(), s.soc2_categories->end()),
                                 s.soc2_categories->end());
      }
      lookups.requirements_of(
          table[soc1_objectives], Framework::soc1, "soc1_objectives",
          [&] { return table.where(soc1_objectives); }, problems, &s.soc1_objectives);
      // Stored objectives come back in catalog order; keep the same order to compare.
      std::vector<std::string> ordered;
      for (const auto& code : lookups.objectives)
        if (std::find(s.soc1_objectives.begin(), s.soc1_objectives.end(), code) !=
            s.soc1_objectives.end())
          ordered.push_back(code);
      s.soc1_objectives = std::move(ordered);
      rows.push_back(std::move(s));
    }
    summary.rows = table.rows();
    if (problems.any()) return false;
    {
      {
        const auto revision =
            store::begin_revision(db, "services", source.name, options.effective, options.command);
        const auto objective_ids = store::requirement_ids(db);
        std::set<std::string> lines_before;
        for (const auto& pl : store::load_product_lines(db)) lines_before.insert(pl.slug);
        for (const auto& s : rows) {
          std::int64_t line_id = 0;
          if (!s.product_line.empty()) {
            const ProductLine pl{slugify(s.product_line), s.product_line};
            if (lines_before.insert(pl.slug).second) ++summary.product_lines_added;
            line_id = store::ensure_product_line(db, pl);
          }
          const auto old = existing.find(s.slug);
          if (old == existing.end()) {
            ++summary.added;
          } else if (old->second == s) {
            ++summary.unchanged;
            continue;
          } else {
            ++summary.changed;
          }
          store::save_service(db, s, line_id, objective_ids);
          store::record_service_change(db, revision, old == existing.end() ? nullptr : &old->second,
                                       s);
        }
        store::finish_revision(db, revision,
                               {summary.added, summary.changed, summary.unchanged, 0, 0});
      }
    }
    return !options.dry_run;
  });
  if (problems.any()) problems.raise();
  return summary;
}

}  // namespace socready::import
