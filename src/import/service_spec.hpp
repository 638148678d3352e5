#pragma once
// The services format (SPEC §7) declared once: its columns, how a row reads into a Service, how a
// Service writes back out, and what the audit trail records of it.

#include <string>

#include "core/model.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

inline constexpr std::size_t service_columns = 21;
extern const Spec<Service, service_columns> service_spec;

// Returns false when the slug is unusable and the rest was not read. The name may come back
// blank: whether a blank name is allowed depends on what is on file, which the plan knows.
bool read_service(Cells cells, const ReadContext& context, Service& out, Findings& findings);

// The service as the audit trail stores it: a JSON object, one member per column.
std::string service_audit_json(const Service& s);

}  // namespace socready::import
