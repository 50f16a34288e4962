// Work made on every core and used in order: the long outputs (check's findings in text,
// JSON and SARIF; the JSON and GraphML exports) spend most of their time formatting each
// item, which needs only read access to the corpus, while the output must keep their order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "text/parallel_indices.hpp"

namespace citegraph::exports_detail {

// Calls use(make(i)) for every i in [0, count), in the order of i. make runs on every core,
// `batch` items at a time, so memory holds one batch of what it makes however long the
// listing; use runs on the calling thread. make must only read what it shares with the
// other items.
template <class Make, class Use>
void make_in_parallel_use_in_order(std::size_t count, std::size_t batch, Make&& make, Use&& use) {
    using made_item = std::invoke_result_t<Make&, std::size_t>;
    std::vector<made_item> made;
    for (std::size_t first = 0; first < count; first += batch) {
        made.assign(std::min(batch, count - first), made_item());
        text::for_each_index_in_parallel(made.size(), [&](std::size_t k) { made[k] = make(first + k); });
        for (const made_item& item : made) use(item);
    }
}

constexpr std::size_t items_per_run = 256;

// The runs made on every core before any is written: eight per core, at least eight in
// all, so that runs of uneven length still keep every core busy. Memory holds a batch's
// text at once: a fixed 32 held 2.8 MB of check's listing on 100 reports, which made the
// listing check's heap peak. (Eight per core were first chosen when each batch started its
// threads anew; on the kept threads of for_each_index_in_parallel, two per core cost the
// same instructions and the same heap peak.)
inline std::size_t runs_per_batch() {
    constexpr std::size_t per_core = 8;
    constexpr std::size_t fewest = 8;
    return std::max<std::size_t>(fewest, per_core * std::thread::hardware_concurrency());
}

// Calls use(make_run(first, last)) for every run [first, last) of `run` indices (the last
// run may be shorter) in [0, count), in the order of the runs, the runs made on every core.
// A run may keep state across its items, such as a pugixml document to print elements
// through. Items that print kilobytes each take shorter runs, since memory holds a batch.
template <class MakeRun, class Use>
void make_runs_in_parallel_use_in_order(std::size_t count, MakeRun&& make_run, Use&& use,
                                        std::size_t run = items_per_run) {
    make_in_parallel_use_in_order(
        (count + run - 1) / run, runs_per_batch(),
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
