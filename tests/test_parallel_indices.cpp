// text::for_each_index_in_parallel, which import_files and link_sources share: every index
// is handed out exactly once, whatever the number of workers, and none when there is none.
#include <doctest/doctest.h>

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

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

}  // TEST_SUITE
