// exports_detail::make_in_parallel_use_in_order, through which every long output is written:
// items come out in order whoever made them, no more than a window of them is held at
// once, the calling thread uses items while the other cores go on making, and a use that
// throws stops the making and comes out without a hang.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "exports/ordered_parallel_text.hpp"
#include "text/parallel_indices.hpp"

using citegraph::exports_detail::make_in_parallel_use_in_order;

TEST_SUITE("ordered parallel text") {

TEST_CASE("every item is used once, in order, with no more than the window made and not used") {
    for (const std::size_t window : {std::size_t{1}, std::size_t{3}, std::size_t{16}, std::size_t{10000}}) {
        for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{3000}}) {
            CAPTURE(window);
            CAPTURE(count);
            std::atomic<std::size_t> made{0};
            std::atomic<std::size_t> most_waiting{0};
            std::atomic<std::size_t> used{0};
            std::vector<std::size_t> order;
            make_in_parallel_use_in_order(
                count, window,
                [&](std::size_t i) {
                    const std::size_t waiting = ++made - used;
                    std::size_t seen = most_waiting.load();
                    while (waiting > seen && !most_waiting.compare_exchange_weak(seen, waiting)) {
                    }
                    return std::to_string(i);
                },
                [&](const std::string& item) {
                    order.push_back(std::stoul(item));
                    ++used;
                });
            REQUIRE(order.size() == count);
            for (std::size_t i = 0; i < count; ++i) CHECK(order[i] == i);
            CHECK(made == count);
            // made counts an item as it starts; a slot is taken only once the one before it is used
            CHECK(most_waiting <= std::max<std::size_t>(window, 1) + 1);
        }
    }
}

TEST_CASE("the other cores go on making while the calling thread uses an item") {
    if (std::thread::hardware_concurrency() < 2) return;
    // Items the other threads make wait until the first item is being used, which waits for
    // one of them to be made: made batch by batch and used once the batch was made, none
    // ever was, and each waited out its time.
    const std::thread::id user = std::this_thread::get_id();
    std::atomic<bool> using_first{false};
    std::atomic<std::size_t> made{0};
    bool made_while_using = false;
    std::size_t uses = 0;
    const auto waited_for = [](const auto& done) {
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!done() && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
        return done();
    };
    make_in_parallel_use_in_order(
        64, 16,
        [&](std::size_t i) {
            if (i != 0 && std::this_thread::get_id() != user) waited_for([&] { return using_first.load(); });
            ++made;
            return i;
        },
        [&](std::size_t i) {
            if (i == 0) {
                const std::size_t before = made;
                using_first = true;
                made_while_using = waited_for([&] { return made > before; });
            }
            ++uses;
        });
    CHECK(uses == 64);
    CHECK(made_while_using);
}

TEST_CASE("a use that throws stops the making and comes out") {
    for (const std::size_t window : {std::size_t{1}, std::size_t{4}, std::size_t{64}}) {
        CAPTURE(window);
        std::atomic<std::size_t> made{0};
        std::size_t used = 0;
        const auto run = [&] {
            make_in_parallel_use_in_order(
                100000, window,
                [&](std::size_t i) {
                    ++made;
                    return i;
                },
                [&](std::size_t i) {
                    if (i == 10) throw std::runtime_error("disk full");
                    ++used;
                });
        };
        CHECK_THROWS_WITH(run(), "disk full");
        CHECK(used == 10);
        CHECK(made <= 11 + window);  // the window past the item that threw, and no more
        // The pool is free again: a later call does all its work.
        std::size_t later = 0;
        make_in_parallel_use_in_order(
            50, window, [](std::size_t i) { return i; }, [&](std::size_t) { ++later; });
        CHECK(later == 50);
    }
}

TEST_CASE("inside work on every core, a listing is made and used on the calling thread alone") {
    std::vector<std::size_t> totals(4);
    citegraph::text::for_each_index_in_parallel(totals.size(), [&](std::size_t k) {
        const std::thread::id self = std::this_thread::get_id();
        bool elsewhere = false;
        make_in_parallel_use_in_order(
            200, 8,
            [&](std::size_t i) {
                if (std::this_thread::get_id() != self) elsewhere = true;
                return i;
            },
            [&](std::size_t i) { totals[k] += i; });
        CHECK_FALSE(elsewhere);
    });
    for (const std::size_t total : totals) CHECK(total == 199 * 200 / 2);
}

}  // TEST_SUITE
