#pragma once
// "What your customers must do": the complementary user entity controls of a service, with the
// requirements they bear on. Listed for the reader of a SOC report; never scored.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/cuec.hpp"

namespace socready::report {

// Empty when no CUEC is on file at all (the section would only say so); otherwise the section,
// saying when none applies to this service.
std::string render_cuecs(const std::vector<Cuec>& cuecs, const std::string& service_slug);
// The same for a system: each CUEC of any of `service_slugs` once; `scope` names it ("system").
std::string render_cuecs(const std::vector<Cuec>& cuecs, std::span<const std::string> service_slugs,
                         std::string_view scope);

}  // namespace socready::report
