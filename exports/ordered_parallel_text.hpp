// Text made on every core and written in order: the long listings (check's findings) spend
// most of their time formatting each line, which needs only read access to the corpus.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "text/parallel_indices.hpp"

namespace citegraph::exports_detail {

// Writes what write_item(stream, i) writes for every i in [0, count) to `out`, in the order
// of i. Items are formatted on every core, a run of them per task, and a batch of runs at a
// time, so memory holds one batch of text however long the listing. write_item must only
// read what it shares with the other items.
template <class WriteItem>
void write_in_order_in_parallel(std::ostream& out, std::size_t count, WriteItem&& write_item) {
    constexpr std::size_t run = 256;  // items per task: one stream each, not one per line
    constexpr std::size_t batch = 32 * run;
    std::vector<std::string> texts;
    for (std::size_t first = 0; first < count; first += batch) {
        const std::size_t end = std::min(count, first + batch);
        texts.assign((end - first + run - 1) / run, std::string());
        text::for_each_index_in_parallel(texts.size(), [&](std::size_t k) {
            std::ostringstream text;
            const std::size_t from = first + k * run;
            for (std::size_t i = from; i < std::min(end, from + run); ++i) write_item(text, i);
            texts[k] = text.str();
        });
        for (const std::string& text : texts) out << text;
    }
}

}  // namespace citegraph::exports_detail
