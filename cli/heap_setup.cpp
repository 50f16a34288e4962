#include "heap_setup.hpp"

#include <cstdlib>

#if CITEGRAPH_MIMALLOC
#include <mimalloc.h>
#endif

namespace citegraph::cli {

// Large pages are not asked for. They were (2 MiB pages for every segment, the main thread's
// first included), when faulting the heap in 4 KiB at a time was a fifth of a check's time.
// On this project's machines now (Linux 6.18, transparent huge pages on madvise, defrag on
// madvise) a fault in memory advised for huge pages compacts memory on the spot: check on
// 2000 distinct reports spent 1.5-1.7 s in the kernel with them and 0.4-0.5 s without, and
// took 3.4-3.7 s against 2.6-3.2 s; at 500 reports each command ran as fast or faster in
// small pages, and a huge page counts whole in the resident set once any of it is touched:
// peak RSS fell 5.5 MB for a check of one report and 6-24 MB for 500 to 2000.
void set_up_heap() {
#if CITEGRAPH_MIMALLOC
    // mimalloc commits a thread's first segment lazily, so that a thread that allocates
    // little costs little. Here every worker builds part of the model, and committing its
    // first segment at once spares faults one page at a time (check on 500 copies: 0.44-0.49
    // s against 0.51-0.56 s with the lazy default).
    if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) mi_option_set(mi_option_eager_commit_delay, 0);
#endif
}

#if CITEGRAPH_MIMALLOC
namespace {
// mimalloc's own delay, kept while pages are handed back at once.
long delay_before = -1;
}  // namespace
#endif

void hand_back_freed_pages_at_once() {
#if CITEGRAPH_MIMALLOC
    if (std::getenv("MIMALLOC_DECOMMIT_DELAY") != nullptr || delay_before >= 0) return;
    delay_before = mi_option_get(mi_option_decommit_delay);
    mi_option_set(mi_option_decommit_delay, 0);
#endif
}

void hand_back_freed_pages_after_a_delay() {
#if CITEGRAPH_MIMALLOC
    if (delay_before < 0) return;
    mi_option_set(mi_option_decommit_delay, delay_before);
    delay_before = -1;
#endif
}

}  // namespace citegraph::cli
