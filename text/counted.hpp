// A count with its noun in the number the count asks for: "1 claim", "0 claims", "2 claims".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace citegraph::text {

// "N singular" when n is 1, else "N plural"; plural defaults to singular + "s". The words may
// run on ("claim rests" / "claims rest") so a verb agrees with its count too.
std::string counted(std::size_t n, std::string_view singular, std::string_view plural = {});

}  // namespace citegraph::text
