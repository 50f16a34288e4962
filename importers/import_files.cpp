// Reading many files at once: a worker per core takes the next unread file, so one
// large file does not hold the others back. Each result keeps its own warnings; the
// caller replays them in input order, so output does not depend on which thread won.
#include <atomic>

#include "citegraph/import.hpp"
#include "text/parallel_indices.hpp"

namespace citegraph {

std::vector<import_result> import_files(const std::vector<std::string>& paths, std::string_view format,
                                        unsigned workers, const std::function<void(std::size_t)>& progress) {
    std::vector<import_result> results(paths.size());
    std::atomic<std::size_t> done{0};
    // Standard input is read once, by whichever worker takes "-"; other files do not touch it.
    text::for_each_index_in_parallel(
        paths.size(),
        [&](std::size_t i) {
            import_result& result = results[i];
            try {
                result.doc = import_file(paths[i], format, result.warnings);
            } catch (...) {
                result.error = std::current_exception();
            }
            const std::size_t finished = ++done;
            if (progress) progress(finished);
        },
        workers);
    return results;
}

}  // namespace citegraph
