// Reading many files at once: a worker per core takes the next unread file, so one
// large file does not hold the others back. Each result keeps its own warnings; the
// caller replays them in input order, so output does not depend on which thread won.
#include <algorithm>
#include <atomic>
#include <thread>

#include "citegraph/import.hpp"

namespace citegraph {

std::vector<import_result> import_files(const std::vector<std::string>& paths, std::string_view format,
                                        unsigned workers, const std::function<void(std::size_t)>& progress) {
    std::vector<import_result> results(paths.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto work = [&] {
        for (std::size_t i = next++; i < paths.size(); i = next++) {
            import_result& result = results[i];
            try {
                result.doc = import_file(paths[i], format, result.warnings);
            } catch (...) {
                result.error = std::current_exception();
            }
            const std::size_t finished = ++done;
            if (progress) progress(finished);
        }
    };
    if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency());
    workers = static_cast<unsigned>(std::min<std::size_t>(workers, paths.size()));
    // Standard input is read once, by whichever worker takes "-"; other files do not touch it.
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
    work();  // this thread works too
    for (std::thread& t : threads) t.join();
    return results;
}

}  // namespace citegraph
