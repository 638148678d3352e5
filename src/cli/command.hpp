#pragma once
// A subcommand: `parse` reads its arguments (no I/O), `run` does the work. Options every
// command shares (--db, --help) are defined once here.

#include <boost/program_options.hpp>
#include <iosfwd>
#include <string>
#include <type_traits>
#include <vector>

#include "core/error.hpp"

namespace socready::cli {

namespace po = boost::program_options;

// Where a command writes; tests pass string streams.
struct Io {
  std::ostream& out;
  std::ostream& err;
};

class Command {
 public:
  Command(std::string name, std::string summary, std::string usage);
  virtual ~Command() = default;
  Command(const Command&) = delete;
  Command& operator=(const Command&) = delete;

  const std::string& command_name() const { return name_; }
  const std::string& summary() const { return summary_; }
  // What help() prints, for the manual page, which is generated from the same definitions.
  const std::string& usage() const { return usage_; }
  const po::options_description& own_options() const { return own_; }

  // Parses the arguments after the command name. Throws InputError on bad arguments.
  void parse(const std::vector<std::string>& args);
  bool help_requested() const { return help_; }
  std::string help() const;

  virtual ExitCode run(Io io) = 0;

 protected:
  // Subclasses declare their options and positional arguments in their constructor...
  po::options_description& options() { return own_; }
  po::positional_options_description& positional() { return positional_; }
  // --NAME, its value read into `value` (given again, it adds to a std::vector).
  template <typename T>
  void add_option(const char* name, T& value, const char* help) {
    own_.add_options()(name, po::value(&value), help);
  }
  // The same, `value` set to `fallback` when the option is not given (help shows it).
  template <typename T>
  void add_option(const char* name, T& value, const std::type_identity_t<T>& fallback,
                  const char* help) {
    own_.add_options()(name, po::value(&value)->default_value(fallback), help);
  }
  // --NAME, a switch: `on` is true when it is given.
  void add_switch(const char* name, bool& on, const char* help) {
    own_.add_options()(name, po::bool_switch(&on), help);
  }
  // ...and check values that program_options cannot (enums, dates) here.
  virtual void validate(const po::variables_map&) {}

  // The database path after --db / $SOCREADY_DB / default.
  std::string database_path() const;

 private:
  std::string name_;
  std::string summary_;
  std::string usage_;
  po::options_description own_{"Options"};
  po::positional_options_description positional_;
  std::string db_;
  bool help_ = false;
};

// A usage error that points at `socready COMMAND --help`.
[[noreturn]] void usage_error(const std::string& command, const std::string& message);

}  // namespace socready::cli
