#include "import/cuec_spec.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "import/lookups.hpp"
#include "import/spec_reading.hpp"
#include "import/vocabulary.hpp"

namespace socready::import {

namespace {

std::string joined(const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, ";"));
}

}  // namespace

const Spec<Cuec, 5> cuec_spec{{
    {"cuec_id", Need::required,
     [](Cuec& r, const Cell& c) { r.key = read_record_id(c, "a CUEC id"); },
     [](const Cuec& r) { return r.key; }, true},
    {"services", Need::required,
     [](Cuec& r, const Cell& c) { r.services = read_named_services(c, r.all_services); },
     [](const Cuec& r) -> std::string { return r.all_services ? "*" : joined(r.services); }},
    {"description", Need::optional,
     [](Cuec& r, const Cell& c) { r.description = free_text(c.text); },
     [](const Cuec& r) { return r.description; }, true},
    {"tsc", Need::optional,
     [](Cuec& r, const Cell& c) { r.criteria = read_codes(c, Framework::soc2); },
     [](const Cuec& r) { return joined(r.criteria); }},
    {"soc1_objectives", Need::optional,
     [](Cuec& r, const Cell& c) { r.objectives = read_codes(c, Framework::soc1); },
     [](const Cuec& r) { return joined(r.objectives); }},
}};

bool read_cuec(std::span<const std::string_view> cells, const ReadContext& context, Cuec& out,
               Findings& findings) {
  read_columns(cuec_spec, cells, context, out, findings, 0, 1);
  if (!findings.empty()) return false;
  read_columns(cuec_spec, cells, context, out, findings, 1);
  return true;
}

std::vector<std::string> cuec_row(const Cuec& c) { return write_columns(cuec_spec, c); }

}  // namespace socready::import
