#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/service_list_options.hpp"
#include "core/text_table.hpp"
#include "store/read_transaction.hpp"
#include "store/service_store.hpp"
#include "store/snapshot_store.hpp"

namespace socready::cli {
namespace {

class HistoryCommand final : public Command {
 public:
  HistoryCommand()
      : Command("history", "Readiness per frozen period, for each service and applicable report.",
                "[SERVICE...] [--format table|json]") {
    list_.add_to(options(), positional());
  }

  void validate(const po::variables_map&) override { list_.resolve(command_name()); }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const store::ReadTransaction read(db);
    const auto points = applicable_points(db);
    if (list_.format() == OutputFormat::json) {
      auto all = nlohmann::ordered_json::array();
      for (const auto& p : points)
        all.push_back({{"period", p.period},
                       {"service", p.service},
                       {"framework", name(p.framework)},
                       {"type", name(p.type)},
                       {"readiness", p.readiness},
                       {"band", std::string(scoring::name(p.band))},
                       {"blockers", p.blockers}});
      io.out << all.dump(2) << '\n';
      return ExitCode::ok;
    }
    const auto& services = list_.services();
    if (points.empty()) {
      // Periods may be frozen without the services asked for being in them (or applying).
      if (services.empty() || store::list_snapshots(db).empty())
        io.out << "No frozen periods yet. Freeze one with 'socready snapshot --period YYYY-Qn'.\n";
      else
        fmt::print(io.out, "{} in no frozen period (or no report applies to {}).\n",
                   fmt::join(services, ", "), services.size() == 1 ? "it" : "them");
      return ExitCode::ok;
    }
    io.out << history_table(points);
    return ExitCode::ok;
  }

 private:
  // The frozen readinesses of the services named (all without a name) where the report applies.
  std::vector<store::HistoryPoint> applicable_points(store::Database& db) const {
    auto points = store::load_history(db);
    const auto& services = list_.services();
    if (!services.empty()) {
      std::vector<std::string> known;
      // Every service ever imported: a retired one still has its history.
      for (const auto& [slug, id] : store::service_ids(db)) known.push_back(slug);
      for (const auto& s : services)
        if (std::find(known.begin(), known.end(), s) == known.end())
          throw InputError(fmt::format("no service '{}'", s));
      std::erase_if(points, [&](const store::HistoryPoint& p) {
        return std::find(services.begin(), services.end(), p.service) == services.end();
      });
    }
    std::erase_if(points, [](const store::HistoryPoint& p) { return !p.applies; });
    return points;
  }

  // One row per service and report, one column per period.
  static std::string history_table(const std::vector<store::HistoryPoint>& points) {
    std::vector<std::string> periods;
    for (const auto& p : points)
      if (std::find(periods.begin(), periods.end(), p.period) == periods.end())
        periods.push_back(p.period);
    std::sort(periods.begin(), periods.end());
    std::map<std::tuple<std::string, Framework, ReportType>, std::map<std::string, double>> rows;
    for (const auto& p : points) rows[{p.service, p.framework, p.type}][p.period] = p.readiness;
    std::vector<TextTable::Column> columns{{"Service"}, {"Report"}, {"Type"}};
    for (const auto& period : periods) columns.push_back({period, TextTable::Align::right});
    TextTable table(columns);
    for (const auto& [key, values] : rows) {
      std::vector<std::string> cells{std::get<0>(key), std::string(label(std::get<1>(key))),
                                     std::string(name(std::get<2>(key)))};
      for (const auto& period : periods) {
        auto it = values.find(period);
        cells.push_back(it == values.end() ? "-" : fmt::format("{:.1f}", it->second));
      }
      table.add_row(std::move(cells));
    }
    return table.render();
  }

  ServiceListOptions list_;
};

}  // namespace

std::unique_ptr<Command> make_history_command() { return std::make_unique<HistoryCommand>(); }

}  // namespace socready::cli
