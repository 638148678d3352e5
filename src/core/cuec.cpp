#include "core/cuec.hpp"

#include <algorithm>

namespace socready {

bool Cuec::covers(const std::string& service_slug) const {
  return all_services || std::binary_search(services.begin(), services.end(), service_slug);
}

}  // namespace socready
