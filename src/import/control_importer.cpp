#include "import/control_importer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "csv/formula.hpp"
#include "import/fingerprint.hpp"
#include "import/lookups.hpp"
#include "import/table.hpp"
#include "import/vocabulary.hpp"
#include "store/control_store.hpp"
#include "store/revision_store.hpp"
#include "store/sql_error.hpp"

namespace socready::import {

namespace {

enum Col : std::size_t {
  control_id,
  title,
  description,
  owner,
  services,
  tsc,
  soc1_objectives,
  status,
  frequency,
  implemented_on,
  evidence_date,
  last_tested,
  test_result,
  column_count
};
constexpr std::array<std::string_view, column_count> column_names{
    "control_id",    "title",           "description", "owner",     "services",
    "tsc",           "soc1_objectives", "status",      "frequency", "implemented_on",
    "evidence_date", "last_tested",     "test_result"};
constexpr std::array<std::string_view, 1> required_columns{"control_id"};

constexpr std::string_view inventory_evidence = "recorded in the control inventory";

// Where a key was seen, to report a control listed twice. Two independent 64-bit hashes keep
// this exact in practice without holding every key in memory.
struct KeySighting {
  std::uint64_t h1;
  std::uint64_t h2;
  std::size_t line;
  std::size_t column;
  bool operator<(const KeySighting& o) const {
    return std::tie(h1, h2, line) < std::tie(o.h1, o.h2, o.line);
  }
};

std::optional<Date> date_field(std::string_view text, const char* column, const Location& where,
                               Problems& problems, std::optional<Date> not_after = std::nullopt) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  auto d = Date::parse(text);
  if (!d) {
    problems.add(where, fmt::format("{}: '{}' is not a date; expected YYYY-MM-DD, a real day",
                                    column, text));
    return std::nullopt;
  }
  if (not_after && *d > *not_after) {
    problems.add(where, fmt::format("{}: {} is in the future (today is {})", column, text,
                                    not_after->iso()));
    return std::nullopt;
  }
  return d;
}

std::string text_field(std::string_view s) { return csv::restore_formula(trim(s)); }

}  // namespace

ImportSummary import_controls(store::Database& db, const Source& source,
                              const ImportOptions& options) {
  ImportSummary summary;
  summary.kind = "controls";
  summary.file = source.name;
  summary.effective = options.effective;
  summary.dry_run = options.dry_run;

  Problems problems;
  const Lookups lookups = Lookups::load(db);
  Table<column_count> table(source.in, source.name, source.size_bytes, column_names,
                            required_columns, problems, "importing");
  std::vector<KeySighting> sightings;

  store::guard_sql(db.path(), [&] {
    db.sql().exec("BEGIN IMMEDIATE");
    try {
      store::ControlWriter writer(db);
      const auto revision =
          store::begin_revision(db, "controls", source.name, options.effective, options.command);

      while (table.next()) {
        const std::size_t before = problems.total();
        const std::string key(trim(table[control_id]));
        if (key.empty()) {
          problems.add(table.where(control_id), "control_id: expected a control id, found nothing");
          continue;
        }
        if (key.size() > 100)
          problems.add(table.where(control_id), "control_id: longer than 100 characters");
        sightings.push_back({std::hash<std::string_view>{}(key),
                             static_cast<std::uint64_t>(Fingerprint().add(key).value()),
                             table.where(control_id).line, table.where(control_id).column});

        store::VersionRow v;
        v.valid_from = options.effective;
        v.title = text_field(table[title]);
        v.description = text_field(table[description]);
        v.owner = text_field(table[owner]);

        const auto service_list = trim(table[services]);
        std::vector<std::string_view> slugs;
        if (service_list.empty() || service_list == "*") {
          v.all_services = true;
        } else {
          for (auto slug : split_list(service_list)) {
            if (slug == "*") {
              problems.add(table.where(services),
                           "services: '*' (all services) cannot be combined with named services");
              continue;
            }
            if (auto id = lookups.service(slug, table.where(services), problems)) {
              v.service_ids.push_back(*id);
              slugs.push_back(slug);
            }
          }
          std::sort(v.service_ids.begin(), v.service_ids.end());
          v.service_ids.erase(std::unique(v.service_ids.begin(), v.service_ids.end()),
                              v.service_ids.end());
        }
        v.requirement_ids =
            lookups.requirements_of(table[tsc], Framework::soc2, "tsc", table.where(tsc), problems);
        auto objectives =
            lookups.requirements_of(table[soc1_objectives], Framework::soc1, "soc1_objectives",
                                    table.where(soc1_objectives), problems);
        v.requirement_ids.insert(v.requirement_ids.end(), objectives.begin(), objectives.end());
        std::sort(v.requirement_ids.begin(), v.requirement_ids.end());

        if (const auto s = trim(table[status]); !s.empty()) {
          if (auto st = status_from(s))
            v.status = *st;
          else
            problems.add(table.where(status), fmt::format("status: '{}' is not a status; expected "
                                                          "one of {}",
                                                          s, status_values));
        }
        if (const auto f = trim(table[frequency]); !f.empty()) {
          if (auto fr = frequency_from(f))
            v.frequency = *fr;
          else
            problems.add(table.where(frequency),
                         fmt::format("frequency: '{}' is not a frequency; expected one of {}", f,
                                     frequency_values));
        }
        v.implemented_on = date_field(table[implemented_on], "implemented_on",
                                      table.where(implemented_on), problems);
        const auto evidence_on = date_field(table[evidence_date], "evidence_date",
                                            table.where(evidence_date), problems, options.today);
        const auto tested_on = date_field(table[last_tested], "last_tested",
                                          table.where(last_tested), problems, options.today);
        auto outcome = test_outcome_from(table[test_result]);
        if (!outcome) {
          problems.add(table.where(test_result),
                       fmt::format("test_result: '{}' is not a test result; expected {}",
                                   trim(table[test_result]), test_result_values));
        } else if (outcome->tested && !tested_on && trim(table[last_tested]).empty()) {
          problems.add(table.where(test_result),
                       "test_result: a result needs the date it was tested in last_tested");
        }

        auto head = writer.find(key);
        if (v.title.empty()) {
          if (head && head->version_id) {
            v.title = head->title;  // a blank title keeps the one on file
          } else {
            problems.add(table.where(title),
                         fmt::format("title: a new control ({}) needs a title", key));
          }
        }
        if (problems.total() != before) continue;

        Fingerprint fp;
        fp.add(v.title).add(v.description).add(v.owner).add(name(v.status));
        fp.add(v.frequency ? name(*v.frequency) : "")
            .add(v.implemented_on ? v.implemented_on->iso() : "");
        fp.add(v.all_services ? 1 : 0);
        for (auto id : v.service_ids) fp.add(id);
        fp.add(-1);
        for (auto id : v.requirement_ids) fp.add(id);
        v.fingerprint = fp.value();

        // From here on the row is valid; stop writing after the first bad row, but keep
        // validating so that every problem is reported.
        std::int64_t control = head ? head->control_id : 0;
        if (!head || head->version_id == 0) {
          if (problems.any()) continue;
          if (!head) control = writer.add_control(key);
          writer.add_version(control, revision, v);
          ++summary.added;
        } else if (!head->valid_to && head->fingerprint == v.fingerprint) {
          ++summary.unchanged;
        } else {
          const Date latest =
              head->valid_to ? std::max(head->valid_from, *head->valid_to) : head->valid_from;
          if (options.effective < latest) {
            problems.add(table.where(control_id),
                         fmt::format("{} has a version from {}; an import effective {} would "
                                     "rewrite its history (use --effective {} or later)",
                                     key, latest.iso(), options.effective.iso(), latest.iso()));
            continue;
          }
          if (problems.any()) continue;
          // A same-day correction closes the day's version at its own start: it stays on
          // record but is never valid.
          if (!head->valid_to) writer.close_version(head->version_id, options.effective, revision);
          writer.add_version(control, revision, v);
          ++summary.changed;
        }
        if (problems.any()) continue;
        if (evidence_on &&
            writer.add_evidence_if_none_on(control, *evidence_on, inventory_evidence, revision))
          ++summary.evidence_added;
        if (tested_on && outcome && outcome->tested &&
            writer.add_test_if_none_on(control, *tested_on, outcome->result, revision))
          ++summary.tests_added;
        if (options.replace) writer.mark_seen(control);
      }
      summary.rows = table.rows();

      // A control listed twice: equal hashes side by side once sorted.
      std::sort(sightings.begin(), sightings.end());
      for (std::size_t i = 1; i < sightings.size(); ++i) {
        const auto& a = sightings[i - 1];
        const auto& b = sightings[i];
        if (a.h1 == b.h1 && a.h2 == b.h2)
          problems.add(
              {source.name, b.line, b.column},
              fmt::format("control_id: this control is already listed on line {}", a.line));
      }

      if (!problems.any() && options.replace)
        summary.retired = writer.retire_unseen(options.effective, revision);

      if (problems.any() || options.dry_run) {
        db.sql().exec("ROLLBACK");
      } else {
        store::finish_revision(
            db, revision, {summary.added, summary.changed, summary.unchanged, summary.retired, 0});
        db.sql().exec("COMMIT");
      }
    } catch (...) {
      // Rethrown: the transaction must not outlive a failure.
      if (sqlite3_get_autocommit(db.sql().getHandle()) == 0) db.sql().exec("ROLLBACK");
      throw;
    }
  });
  if (problems.any()) problems.raise();
  return summary;
}

}  // namespace socready::import
