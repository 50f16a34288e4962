// text::for_each_index_in_parallel, which the readers, the analyses and the writers share:
// every index is handed out exactly once, whatever the number of workers, and none when
// there is none; its threads are a pool kept across calls, which a call from inside a call
// or from a second thread must not wait on.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

#include "text/parallel_indices.hpp"

TEST_SUITE("parallel indices") {

TEST_CASE("every index is worked on exactly once, on as many threads as asked") {
    for (const unsigned workers : {0u, 1u, 2u, 7u}) {
        for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{5000}}) {
            CAPTURE(workers);
            CAPTURE(count);
            std::vector<std::atomic<int>> calls(count);
            std::vector<std::thread::id> by(count);
            citegraph::text::for_each_index_in_parallel(
                count,
                [&](std::size_t i) {
                    ++calls[i];
                    by[i] = std::this_thread::get_id();
                },
                workers);
            std::size_t once = 0;
            for (const auto& c : calls) once += c == 1 ? 1 : 0;
            CHECK(once == count);
            if (workers == 1)
                for (const std::thread::id& id : by) CHECK(id == std::this_thread::get_id());
        }
    }
}

TEST_CASE("the helpers are kept from one call to the next") {
    // A thread counts the calls it has worked in; a thread started anew for a call would
    // count one, a helper kept from call to call counts on.
    thread_local int last_call = -1;
    thread_local int calls_worked_in = 0;
    int most_by_a_helper = 0;
    for (int call = 0; call < 20; ++call) {
        std::vector<int> worked_in(16);
        std::vector<std::thread::id> by(16);
        citegraph::text::for_each_index_in_parallel(
            by.size(),
            [&](std::size_t i) {
                if (last_call != call) {
                    last_call = call;
                    ++calls_worked_in;
                }
                worked_in[i] = calls_worked_in;
                by[i] = std::this_thread::get_id();
                std::this_thread::sleep_for(std::chrono::microseconds(200));  // so the helper takes some
            },
            2);
        for (std::size_t i = 0; i < by.size(); ++i)
            if (by[i] != std::this_thread::get_id()) most_by_a_helper = std::max(most_by_a_helper, worked_in[i]);
    }
    CHECK(most_by_a_helper >= 2);
}

TEST_CASE("work for each thread runs once on each of as many threads as asked, or once inside a call") {
    for (const std::size_t threads : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
        CAPTURE(threads);
        std::mutex held;
        std::vector<std::thread::id> ran_on;
        citegraph::text::for_each_thread_in_parallel([&] {
            const std::lock_guard lock(held);
            ran_on.push_back(std::this_thread::get_id());
        }, threads);
        CHECK(ran_on.size() == threads);
        std::sort(ran_on.begin(), ran_on.end());
        CHECK(std::adjacent_find(ran_on.begin(), ran_on.end()) == ran_on.end());  // each on a thread of its own
        CHECK(std::find(ran_on.begin(), ran_on.end(), std::this_thread::get_id()) != ran_on.end());
    }
    // Inside work on every core the pool is taken: the work runs once, on the thread that asked.
    std::vector<std::atomic<int>> runs(4);
    std::vector<std::thread::id> on(4), asked_by(4);
    citegraph::text::for_each_index_in_parallel(4, [&](std::size_t k) {
        asked_by[k] = std::this_thread::get_id();
        citegraph::text::for_each_thread_in_parallel([&] {
            ++runs[k];
            on[k] = std::this_thread::get_id();
        }, 2);
    });
    for (std::size_t k = 0; k < 4; ++k) {
        CHECK(runs[k] == 1);
        CHECK(on[k] == asked_by[k]);
    }
}

TEST_CASE("a call inside a call and calls from two threads at once each do all their work") {
    std::vector<std::atomic<int>> calls(40 * 30);
    citegraph::text::for_each_index_in_parallel(40, [&](std::size_t outer) {
        citegraph::text::for_each_index_in_parallel(30, [&](std::size_t inner) { ++calls[outer * 30 + inner]; }, 4);
    }, 4);
    for (const auto& c : calls) CHECK(c == 1);

    std::vector<std::atomic<int>> first(3000), second(3000);
    std::thread other([&] {
        for (int round = 0; round < 20; ++round)
            citegraph::text::for_each_index_in_parallel(first.size(), [&](std::size_t i) { ++first[i]; }, 2);
    });
    for (int round = 0; round < 20; ++round)
        citegraph::text::for_each_index_in_parallel(second.size(), [&](std::size_t i) { ++second[i]; }, 2);
    other.join();
    for (const auto& c : first) CHECK(c == 20);
    for (const auto& c : second) CHECK(c == 20);
}

TEST_CASE("helpers hold the signals sent to the process, so the program's own threads take them") {
    const std::thread::id caller = std::this_thread::get_id();
    std::atomic<int> helper_holds{0};
    std::atomic<int> helper_items{0};
    citegraph::text::for_each_index_in_parallel(
        64,
        [&](std::size_t) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));  // so the helper takes some
            if (std::this_thread::get_id() == caller) return;
            sigset_t mask;
            ::pthread_sigmask(SIG_BLOCK, nullptr, &mask);
            ++helper_items;
            if (sigismember(&mask, SIGTERM) && sigismember(&mask, SIGINT) && sigismember(&mask, SIGHUP) &&
                !sigismember(&mask, SIGSEGV))
                ++helper_holds;
        },
        2);
    REQUIRE(helper_items > 0);
    CHECK(helper_holds == helper_items);
    // The calling thread's own mask is as it was.
    sigset_t mask;
    ::pthread_sigmask(SIG_BLOCK, nullptr, &mask);
    CHECK_FALSE(sigismember(&mask, SIGTERM));
}

TEST_CASE("a child that fork() made does its work on its own thread") {
    // The pool's helpers exist in this process, not in a child: waiting for them would hang.
    std::vector<int> before(100);
    citegraph::text::for_each_index_in_parallel(before.size(), [&](std::size_t i) { before[i] = 1; }, 2);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::alarm(20);  // a hang ends the child by SIGALRM, and the test fails instead of hanging
        std::vector<int> calls(1000);
        citegraph::text::for_each_index_in_parallel(calls.size(), [&](std::size_t i) { ++calls[i]; }, 2);
        for (int c : calls)
            if (c != 1) ::_exit(1);
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("an exception on the calling thread comes out once the helpers are done") {
    const std::thread::id caller = std::this_thread::get_id();
    CHECK_THROWS_AS(citegraph::text::for_each_index_in_parallel(
                        200,
                        [&](std::size_t) {
                            if (std::this_thread::get_id() == caller) throw std::runtime_error("stop");
                            std::this_thread::sleep_for(std::chrono::microseconds(100));
                        },
                        2),
                    std::runtime_error);
    // The pool serves the next call.
    std::vector<std::atomic<int>> calls(100);
    citegraph::text::for_each_index_in_parallel(calls.size(), [&](std::size_t i) { ++calls[i]; }, 2);
    for (const auto& c : calls) CHECK(c == 1);
}

TEST_CASE("work beside the pool's work runs on a thread of its own that holds the process's signals") {
    const std::thread::id caller = std::this_thread::get_id();
    std::thread::id beside_thread;
    bool beside_holds_signals = false;
    std::vector<std::thread::id> beside_parallel(64);
    std::vector<std::atomic<int>> here_calls(2000);
    std::atomic<bool> beside_running{false};
    std::atomic<bool> overlapped{false};
    citegraph::text::run_side_by_side(
        [&] {
            beside_thread = std::this_thread::get_id();
            sigset_t mask;
            ::pthread_sigmask(SIG_BLOCK, nullptr, &mask);
            beside_holds_signals = sigismember(&mask, SIGTERM) && sigismember(&mask, SIGINT) && sigismember(&mask, SIGHUP);
            beside_running = true;
            // A parallel call beside the pool's work works alone, on this thread.
            citegraph::text::for_each_index_in_parallel(
                beside_parallel.size(), [&](std::size_t i) { beside_parallel[i] = std::this_thread::get_id(); }, 2);
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
            while (!overlapped && std::chrono::steady_clock::now() < until) std::this_thread::yield();
        },
        [&] {
            // The calling thread keeps the pool for its own parallel work.
            citegraph::text::for_each_index_in_parallel(here_calls.size(), [&](std::size_t i) { ++here_calls[i]; }, 2);
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
            while (!beside_running && std::chrono::steady_clock::now() < until) std::this_thread::yield();
            overlapped = beside_running.load();
        });
    CHECK(beside_thread != caller);
    CHECK(beside_holds_signals);
    CHECK(overlapped);  // both ran at once
    for (const std::thread::id id : beside_parallel) CHECK(id == beside_thread);
    for (const auto& c : here_calls) CHECK(c == 1);
    sigset_t mask;
    ::pthread_sigmask(SIG_BLOCK, nullptr, &mask);
    CHECK_FALSE(sigismember(&mask, SIGTERM));
}

TEST_CASE("an exception beside the pool's work comes out once both are done, the calling thread's first") {
    bool here_finished = false;
    CHECK_THROWS_WITH_AS(citegraph::text::run_side_by_side([] { throw std::runtime_error("beside"); },
                                                           [&] {
                                                               std::this_thread::sleep_for(std::chrono::milliseconds(20));
                                                               here_finished = true;
                                                           }),
                         "beside", std::runtime_error);
    CHECK(here_finished);
    bool beside_finished = false;
    CHECK_THROWS_WITH_AS(citegraph::text::run_side_by_side(
                             [&] {
                                 std::this_thread::sleep_for(std::chrono::milliseconds(20));
                                 beside_finished = true;
                                 throw std::runtime_error("beside");
                             },
                             [] { throw std::logic_error("here"); }),
                         "here", std::logic_error);
    CHECK(beside_finished);
}

}  // TEST_SUITE
