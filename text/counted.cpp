#include "counted.hpp"

namespace citegraph::text {

std::string counted(std::size_t n, std::string_view singular, std::string_view plural) {
    std::string text = std::to_string(n) + ' ';
    if (n == 1) return text.append(singular);
    if (plural.empty()) return text.append(singular).append("s");
    return text.append(plural);
}

}  // namespace citegraph::text
