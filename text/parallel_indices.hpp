// Work spread over every core: each worker takes the next index until none is left, so one
// slow item does not hold the others back. fn(i) must write only what belongs to index i;
// results kept by index come out in the same order whichever thread finished first.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>

namespace citegraph::text {

namespace detail {

// A call of a callable the caller owns, without copying it or allocating.
struct pool_job {
    void (*call)(const void* work);
    const void* work;
};

// Runs job on up to `helpers` threads of a pool kept for the program's life, and on the
// calling thread; returns once every one of them has returned. Starting and ending threads
// for each call cost more than the work of a short call: each started thread also sets up
// the allocator's heap for itself, and each ending one hands it back. A call made while
// another runs (from inside a job, or from a second thread) runs job on the calling thread
// alone, as does a call in a child that fork() made. If job throws on the calling thread,
// the exception is rethrown once the helpers are done with the job.
void run_on_pool(unsigned helpers, pool_job job);

// Runs beside on a thread started for it, with the signals held that the pool's helpers
// hold, while the calling thread runs here; returns once both have returned. If either
// threw, the exception is rethrown then: here's if both did. If no thread can be started,
// beside runs first on the calling thread.
void run_beside(pool_job beside, pool_job here);

}  // namespace detail

// Calls beside() and here() at once, here() on the calling thread, which stays the pool's
// caller: work that runs on one core (beside) overlaps work spread over every core (here),
// and the cores idle neither while the one-core work runs alone nor after. Both must be
// callable as const, and only read what they share.
template <class Beside, class Here>
void run_side_by_side(const Beside& beside, const Here& here) {
    detail::run_beside({[](const void* f) { (*static_cast<const Beside*>(f))(); }, &beside},
                       {[](const void* f) { (*static_cast<const Here*>(f))(); }, &here});
}

// Calls fn() once on each of up to `threads` threads (0: one per core), the calling thread
// one of them; returns when every call has returned. Fewer threads may run it (one, when
// called from inside such a call), so fn must get its work done on however many there are.
template <class Fn>
void for_each_thread_in_parallel(const Fn& fn, std::size_t threads = 0) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    if (threads <= 1) {
        fn();
        return;
    }
    detail::run_on_pool(static_cast<unsigned>(threads - 1), {[](const void* f) { (*static_cast<const Fn*>(f))(); }, &fn});
}

// Calls fn(i) for every i in [0, count) on up to `workers` threads (0: one per core); the
// calling thread is one of them.
template <class Fn>
void for_each_index_in_parallel(std::size_t count, Fn&& fn, unsigned workers = 0) {
    if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());
    std::atomic<std::size_t> next{0};
    for_each_thread_in_parallel(
        [&] {
            for (std::size_t i = next++; i < count; i = next++) fn(i);
        },
        std::clamp<std::size_t>(count, 1, workers));
}

}  // namespace citegraph::text
