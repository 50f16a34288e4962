// Work made on every core and used in order: the long outputs (check's findings in text,
// JSON and SARIF; the JSON and GraphML exports) spend most of their time formatting each
// item, which needs only read access to the corpus, while the output must keep their order.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "text/parallel_indices.hpp"

namespace citegraph::exports_detail {

// Calls use(make(i)) for every i in [0, count), in the order of i. make runs on every core
// and use on the calling thread while the other cores go on making: at most `window` items
// are made and not yet used, so memory holds a window of what make makes however long the
// listing. make must only read what it shares with the other items; use may run beside
// make. If use throws, the cores stop making and the exception leaves here.
//
// Until version 417c356 the items were made a batch at a time and used once the whole batch
// was made: the other cores idled while the calling thread wrote each batch, about a third
// of their time while a GraphML export of 500 reports was written.
template <class Make, class Use>
void make_in_parallel_use_in_order(std::size_t count, std::size_t window, Make&& make, Use&& use) {
    using made_item = std::invoke_result_t<Make&, std::size_t>;
    if (count == 0) return;
    window = std::clamp<std::size_t>(window, 1, count);
    std::vector<made_item> slots(window);  // item i waits in slots[i % window]
    // made_as[k] == i + 1 once item i is in slots[k]; 0 before the first.
    const std::unique_ptr<std::atomic<std::size_t>[]> made_as(new std::atomic<std::size_t>[window]());
    std::atomic<std::size_t> next{0};  // the first item no thread has taken
    std::atomic<std::size_t> used{0};  // items used so far
    std::atomic<bool> stopped{false};  // use threw
    const std::thread::id user = std::this_thread::get_id();

    const auto make_into_slot = [&](std::size_t i) {
        slots[i % window] = make(i);
        made_as[i % window].store(i + 1, std::memory_order_release);
        made_as[i % window].notify_all();
    };
    // The calling thread uses items in order; while the next one is not made yet it makes
    // one itself, if the window has room, or waits for it.
    const auto use_in_order = [&] {
        for (std::size_t u = 0; u < count; ++u) {
            std::atomic<std::size_t>& made = made_as[u % window];
            for (std::size_t seen = made.load(std::memory_order_acquire); seen != u + 1;
                 seen = made.load(std::memory_order_acquire)) {
                std::size_t i = next.load();
                // Item i's slot is free once item i - window is used: i < u + window.
                if (i < count && i < u + window && next.compare_exchange_strong(i, i + 1))
                    make_into_slot(i);
                else
                    made.wait(seen, std::memory_order_acquire);
            }
            use(std::as_const(slots[u % window]));
            slots[u % window] = made_item();  // its memory goes back now, not when the slot is reused
            used.store(u + 1, std::memory_order_release);
            used.notify_all();
        }
    };
    // The other threads take the next item and make it once its slot is free.
    const auto make_in_turn = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            for (std::size_t u = used.load(std::memory_order_acquire); i >= u + window && !stopped;
                 u = used.load(std::memory_order_acquire))
                used.wait(u, std::memory_order_acquire);
            if (stopped) return;
            make_into_slot(i);
        }
    };
    text::for_each_thread_in_parallel([&] {
        if (std::this_thread::get_id() != user) return make_in_turn();
        try {
            use_in_order();
        } catch (...) {
            // Waiters wake only for a new value: `count` frees every slot for the others,
            // who then see `stopped` and leave.
            stopped = true;
            used.store(count);
            used.notify_all();
            throw;
        }
    }, std::min<std::size_t>(count, std::thread::hardware_concurrency()));
}

constexpr std::size_t items_per_run = 256;

// The runs made on every core and not yet written, at most: four per core, at least eight
// in all, so that runs of uneven length still keep every core busy. Memory holds that many
// runs' text at once: a fixed 32 held 2.8 MB of check's listing on 100 reports, which made
// the listing check's heap peak. Eight per core, chosen when each batch of runs started its
// threads anew, made the window the exports' peak: a GraphML export of 500 reports peaks as
// it writes, and four per core took 1.8-2 MB off its peak in the same time. (PROV's parts
// keep a window of their own, below.)
inline std::size_t runs_per_window() {
    constexpr std::size_t per_core = 4;
    constexpr std::size_t fewest = 8;
    return std::max<std::size_t>(fewest, per_core * std::thread::hardware_concurrency());
}

// The parts of a PROV document made and not yet written, at most: eight per core, at least
// sixteen. Its parts are far more uneven than runs of 256 items (a document's entities, a
// source's, the relations of each), and with four per core the cores waited for one another:
// PROV-JSON of 500 distinct reports took 1.27 s where it took 1.12 s (medians of eight),
// with half as much time again in the kernel.
inline std::size_t parts_per_window() {
    constexpr std::size_t per_core = 8;
    constexpr std::size_t fewest = 16;
    return std::max<std::size_t>(fewest, per_core * std::thread::hardware_concurrency());
}

// Calls use(make_run(first, last)) for every run [first, last) of `run` indices (the last
// run may be shorter) in [0, count), in the order of the runs, the runs made on every core.
// A run may keep state across its items, such as a pugixml document to print elements
// through. Items that print kilobytes each take shorter runs, since memory holds a window of runs.
template <class MakeRun, class Use>
void make_runs_in_parallel_use_in_order(std::size_t count, MakeRun&& make_run, Use&& use,
                                        std::size_t run = items_per_run) {
    make_in_parallel_use_in_order(
        (count + run - 1) / run, runs_per_window(),
        [&](std::size_t k) { return make_run(k * run, std::min(count, (k + 1) * run)); }, use);
}

// Writes print_run(first, last), the text of the run [first, last), for every run of `run`
// indices in [0, count) to `out`, in the order of the runs, the runs printed on every core.
// print_run hands over the string it printed into rather than a copy of it.
template <class PrintRun>
void write_printed_runs_in_order_in_parallel(std::ostream& out, std::size_t count, PrintRun&& print_run,
                                             std::size_t run = items_per_run) {
    make_runs_in_parallel_use_in_order(
        count, [&](std::size_t first, std::size_t last) -> std::string { return print_run(first, last); },
        [&](const std::string& text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); }, run);
}

}  // namespace citegraph::exports_detail
