#include "import/cuec_spec.hpp"

#include "import/columns.hpp"

namespace socready::import {

const Spec<Cuec, 5> cuec_spec{{
    {"cuec_id", Need::required,
     [](Cuec& r, const Cell& c) { r.key = read_record_id(c, "a CUEC id"); },
     [](const Cuec& r) { return r.key; }, true},
    services_column<&Cuec::services, &Cuec::all_services>(),
    text_column<&Cuec::description>("description"),
    codes_column<&Cuec::criteria, Framework::soc2>("tsc"),
    codes_column<&Cuec::objectives, Framework::soc1>("soc1_objectives"),
}};

bool read_cuec(Cells cells, const ReadContext& context, Cuec& out, Findings& findings) {
  return read_keyed_columns(cuec_spec, cells, context, out, findings);
}

}  // namespace socready::import
