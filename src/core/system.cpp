#include "core/system.hpp"

#include <algorithm>

namespace socready {

bool System::includes(const std::string& service_slug) const {
  return std::binary_search(services.begin(), services.end(), service_slug);
}

}  // namespace socready
