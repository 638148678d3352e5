#include <fmt/ostream.h>

#include <nlohmann/json.hpp>

#include "cli/commands/commands.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "core/text_table.hpp"
#include "csv/writer.hpp"
#include "store/catalog_store.hpp"
#include "store/read_transaction.hpp"

namespace socready::cli {
namespace {

class CatalogCommand final : public Command {
 public:
  CatalogCommand()
      : Command("catalog",
                "List the requirement catalog: the 61 SOC 2 Trust Services Criteria and the\n"
                "SOC 1 control objectives: the built-in library with your own ('import\n"
                "objectives') and your wording.",
                "[--framework soc1|soc2] [--format table|csv|json]") {
    add_option("framework", framework_text_, "only this framework: soc1 or soc2");
    format_.add_to(options());
  }

  void validate(const po::variables_map&) override {
    if (!framework_text_.empty())
      framework_ = parse_framework_option(command_name(), framework_text_);
    format_.resolve(command_name());
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const store::ReadTransaction read(db);
    const auto catalog = store::load_catalog(db, framework_);
    switch (format_.value()) {
      case OutputFormat::csv: {
        csv::Writer w(io.out);
        w.row({"id", "category", "series", "title"});
        for (const auto& r : catalog) w.row({r.code, r.category, r.series, r.title});
        break;
      }
      case OutputFormat::json: {
        auto all = nlohmann::ordered_json::array();
        for (const auto& r : catalog) {
          all.push_back({{"id", r.code},
                         {"framework", socready::name(r.framework)},
                         {"category", r.category},
                         {"series", r.series},
                         {"series_title", r.series_title},
                         {"title", r.title},
                         {"default_objective", r.is_default}});
        }
        io.out << all.dump(2) << '\n';
        break;
      }
      case OutputFormat::table:
      case OutputFormat::text: {
        TextTable t({{"ID"}, {"Framework"}, {"Category"}, {"Series"}, {"Title"}});
        for (const auto& r : catalog)
          t.add_row({r.code, std::string(label(r.framework)), r.category, r.series, r.title});
        io.out << t.render();
        fmt::print(io.out, "{} requirements\n", catalog.size());
        break;
      }
    }
    return ExitCode::ok;
  }

 private:
  std::string framework_text_;
  std::optional<Framework> framework_;
  FormatOption format_{OutputFormat::table, OutputFormat::csv, OutputFormat::json};
};

}  // namespace

std::unique_ptr<Command> make_catalog_command() { return std::make_unique<CatalogCommand>(); }

}  // namespace socready::cli
