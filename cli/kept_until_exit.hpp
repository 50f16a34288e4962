// What a run builds, left for the kernel to take back when the process ends.
#pragma once

#include <utility>
#include <vector>

namespace citegraph::cli {

// Every object kept_until_exit made. Never destroyed itself, and held by a static pointer,
// so a leak checker finds each of them reachable rather than lost.
inline std::vector<const void*>& kept_objects() {
    static auto* kept = new std::vector<const void*>;
    return *kept;
}

// The value make() returns, built on the heap and never destroyed. The corpus and its
// assessment hold millions of small strings and vectors: freeing them one by one after the
// output was written took 30-70 ms on one core for 500 reports, while the kernel frees a
// whole heap at exit at once. Only for what lives until the command ends.
template <class Make>
const auto& kept_until_exit(Make&& make) {
    using value = decltype(make());
    const value* kept = new value(std::forward<Make>(make)());
    kept_objects().push_back(kept);
    return *kept;
}

}  // namespace citegraph::cli
