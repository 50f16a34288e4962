// Work spread over every core: each worker takes the next index until none is left, so one
// slow item does not hold the others back. fn(i) must write only what belongs to index i;
// results kept by index come out in the same order whichever thread finished first.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace citegraph::text {

// Calls fn(i) for every i in [0, count) on up to `workers` threads (0: one per core); the
// calling thread is one of them.
template <class Fn>
void for_each_index_in_parallel(std::size_t count, Fn&& fn, unsigned workers = 0) {
    if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());
    workers = static_cast<unsigned>(std::min<std::size_t>(workers, count));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) fn(i);
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
    work();
    for (std::thread& t : threads) t.join();
}

}  // namespace citegraph::text
