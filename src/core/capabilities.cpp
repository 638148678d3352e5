#include "core/capabilities.hpp"

#include <algorithm>
#include <array>

namespace socready {

namespace {

Capability financial(std::string_view name, std::string_view description) {
  return {std::string(name), true, false, std::string(description)};
}
Capability data(std::string_view name, std::string_view description) {
  return {std::string(name), false, true, std::string(description)};
}
// Infrastructure that customers' financial systems run on points to both questions.
Capability both(std::string_view name, std::string_view description) {
  return {std::string(name), true, true, std::string(description)};
}

std::vector<Capability> sorted_builtins() {
  std::vector<Capability> out{
      financial("payroll", "Calculates or pays wages for customers"),
      financial("billing", "Bills on behalf of customers or records what they are billed"),
      financial("invoicing", "Issues or records invoices"),
      financial("accounting", "Keeps accounting records"),
      financial("erp", "Enterprise resource planning"),
      financial("financial-data", "Holds or transforms customers' financial data"),
      financial("payments", "Moves or settles payments"),
      financial("benefits-administration", "Administers employee benefits"),
      financial("expense-management", "Records and approves expenses"),
      financial("accounts-payable", "Processes supplier invoices and payments"),
      financial("revenue-recognition", "Computes recognised revenue"),
      financial("equity-management", "Keeps cap tables or equity plans"),
      financial("tax", "Computes, files or withholds tax"),
      financial("treasury", "Manages cash, liquidity or financial risk"),
      financial("lending", "Originates or services loans"),
      financial("recordkeeping", "Keeps the books of record of plans or funds"),
      financial("custody", "Holds assets on behalf of customers"),
      financial("fund-administration", "Administers investment funds"),
      data("saas", "Software hosted for customers"),
      data("api", "An interface customers send their data through"),
      data("cloud-infrastructure", "Compute or storage customers run on"),
      data("hr", "Human resources records"),
      data("crm", "Customer relationship management"),
      data("analytics", "Analyses customers' data"),
      data("customer-data", "Stores customers' information"),
      data("time-tracking", "Records time worked"),
      data("managed-services", "Operates systems on customers' behalf"),
      data("data-warehouse", "Stores customers' data for analysis"),
      data("email-marketing", "Sends email to customers' contacts"),
      data("identity", "Authenticates customers' users"),
      both("hosting", "Hosts customers' systems, their financial systems among them"),
      both("colocation", "Houses customers' servers"),
      both("data-center", "Operates data centers customers' systems run in"),
  };
  std::sort(out.begin(), out.end(),
            [](const Capability& a, const Capability& b) { return a.name < b.name; });
  return out;
}

}  // namespace

std::span<const Capability> builtin_capabilities() {
  static const std::vector<Capability> list = sorted_builtins();
  return list;
}

const Capability* find_capability(std::string_view name, std::span<const Capability> user) {
  for (const auto& c : user)
    if (c.name == name) return &c;
  const auto builtins = builtin_capabilities();
  auto it = std::lower_bound(builtins.begin(), builtins.end(), name,
                             [](const Capability& c, std::string_view n) { return c.name < n; });
  if (it != builtins.end() && it->name == name) return &*it;
  return nullptr;
}

}  // namespace socready
