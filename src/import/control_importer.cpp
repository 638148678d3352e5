#include "import/control_importer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "import/fingerprint.hpp"
#include "import/formats.hpp"
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
constexpr const auto& column_names = formats::controls;
static_assert(column_names.size() == column_count);
constexpr std::array<std::string_view, 1> required_columns{"control_id"};

constexpr std::string_view inventory_evidence = "recorded in the control inventory";

// The line on which each control was first listed in this file, indexed by control row id:
// 4 bytes a control, so a control listed twice is caught without keeping the keys in memory.
class FirstSeen {
 public:
  // 0 when the control is new to this file; else the line it was first listed on.
  std::uint32_t see(std::int64_t control_id, std::size_t line) {
    const auto i = static_cast<std::size_t>(control_id);
    if (i >= lines_.size()) lines_.resize(std::max(i + 1, lines_.size() * 2), 0);
    const std::uint32_t earlier = lines_[i];
    if (!earlier) lines_[i] = static_cast<std::uint32_t>(line);
    return earlier;
  }

 private:
  std::vector<std::uint32_t> lines_;
};

std::optional<Date> date_field(std::string_view text, const char* column, const LazyLocation& where,
                               Problems& problems, std::optional<Date> not_after = std::nullopt) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  auto d = Date::parse(text);
  if (!d) {
    problems.add(where(), fmt::format("{}: '{}' is not a date; expected YYYY-MM-DD, a real day",
                                      column, text));
    return std::nullopt;
  }
  if (not_after && *d > *not_after) {
    problems.add(where(), fmt::format("{}: {} is in the future (today is {})", column, text,
                                      not_after->iso()));
    return std::nullopt;
  }
  return d;
}

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
  FirstSeen first_seen;
  const auto at = [&table](std::size_t column) -> LazyLocation {
    return [&table, column] { return table.where(column); };
  };

  store::with_import_transaction(db, [&] {
    {
      store::ControlWriter writer(db);
      const auto revision =
          store::begin_revision(db, "controls", source.name, options.effective, options.command);

      while (table.next()) {
        const std::size_t before = problems.total();
        // Exported ids that look like formulas carry a guard quote; free_text removes it.
        const std::string key = free_text(table[control_id]);
        if (key.empty()) {
          problems.add(table.where(control_id), "control_id: expected a control id, found nothing");
          continue;
        }
        if (key.size() > 100) {
          problems.add(table.where(control_id), "control_id: longer than 100 characters");
          continue;
        }
        // Every key gets a row id, even once problems were found (the import is rolled back
        // then), so that a control listed twice is always caught.
        const auto [head, new_control] = writer.find_or_add(key);
        if (auto earlier = first_seen.see(head.control_id, table.line())) {
          problems.add(table.where(control_id),
                       fmt::format("control_id: {} is already listed on line {}", key, earlier));
          continue;
        }

        store::VersionRow v;
        v.valid_from = options.effective;
        v.title = free_text(table[title]);
        v.description = free_text(table[description]);
        v.owner = free_text(table[owner]);

        const auto service_list = trim(table[services]);
        const auto slugs = split_list(service_list);
        // Blank, "*" or a list of nothing (";") all mean every service; export writes "*".
        if (service_list == "*" || slugs.empty()) {
          v.all_services = true;
        } else {
          for (auto slug : slugs) {
            if (slug == "*") {
              problems.add(table.where(services),
                           "services: '*' (all services) cannot be combined with named services");
              continue;
            }
            if (auto id = lookups.service(slug, at(services), problems))
              v.service_ids.push_back(*id);
          }
          std::sort(v.service_ids.begin(), v.service_ids.end());
          v.service_ids.erase(std::unique(v.service_ids.begin(), v.service_ids.end()),
                              v.service_ids.end());
        }
        v.requirement_ids =
            lookups.requirements_of(table[tsc], Framework::soc2, "tsc", at(tsc), problems);
        auto objectives = lookups.requirements_of(table[soc1_objectives], Framework::soc1,
                                                  "soc1_objectives", at(soc1_objectives), problems);
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
        v.implemented_on =
            date_field(table[implemented_on], "implemented_on", at(implemented_on), problems);
        const auto evidence_on = date_field(table[evidence_date], "evidence_date",
                                            at(evidence_date), problems, options.today);
        const auto tested_on =
            date_field(table[last_tested], "last_tested", at(last_tested), problems, options.today);
        auto outcome = test_outcome_from(table[test_result]);
        if (!outcome) {
          problems.add(table.where(test_result),
                       fmt::format("test_result: '{}' is not a test result; expected {}",
                                   trim(table[test_result]), test_result_values));
        } else if (outcome->tested && !tested_on && trim(table[last_tested]).empty()) {
          problems.add(table.where(test_result),
                       "test_result: a result needs the date it was tested in last_tested");
        }

        if (v.title.empty()) {
          if (head.version_id) {
            v.title = head.title;  // a blank title keeps the one on file
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
        const std::int64_t control = head.control_id;
        if (head.version_id == 0) {
          if (problems.any()) continue;
          writer.add_version(control, revision, v);
          ++summary.added;
        } else if (!head.valid_to && head.fingerprint == v.fingerprint) {
          ++summary.unchanged;
        } else {
          const Date latest =
              head.valid_to ? std::max(head.valid_from, *head.valid_to) : head.valid_from;
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
          if (!head.valid_to) writer.close_version(head.version_id, options.effective, revision);
          writer.add_version(control, revision, v);
          ++summary.changed;
        }
        if (problems.any()) continue;
        if (evidence_on)
          writer.add_evidence_if_none_on(control, *evidence_on, inventory_evidence, revision,
                                         new_control);
        if (tested_on && outcome && outcome->tested)
          writer.add_test_if_none_on(control, *tested_on, outcome->result, revision, new_control);
        if (options.replace) writer.mark_seen(control);
      }
      summary.rows = table.rows();
      if (problems.any()) return false;  // nothing of this import will be kept

      const auto written = writer.flush();
      summary.evidence_added = written.evidence;
      summary.tests_added = written.tests;

      if (options.replace) summary.retired = writer.retire_unseen(options.effective, revision);

      if (options.dry_run) return false;
      store::finish_revision(
          db, revision, {summary.added, summary.changed, summary.unchanged, summary.retired, 0});
      return true;
    }
  });
  if (problems.any()) problems.raise();
  return summary;
}

}  // namespace socready::import
