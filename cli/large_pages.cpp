#include "large_pages.hpp"

#include <cstdlib>

#if CITEGRAPH_MIMALLOC
#include <mimalloc.h>
#endif

namespace citegraph::cli {

void prefer_large_pages() {
#if CITEGRAPH_MIMALLOC
    // The environment variable stays the user's way to choose.
    if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) mi_option_enable(mi_option_large_os_pages);
    // mimalloc commits a thread's first segment lazily, 4 KiB at a time, so that a thread
    // that allocates little costs little. Here every worker builds part of the model, and
    // those lazy segments took two thirds of a check's page faults, in small pages.
    if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) mi_option_set(mi_option_eager_commit_delay, 0);
#endif
}

}  // namespace citegraph::cli
