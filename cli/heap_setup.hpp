// How the command's allocator is set up before it runs.
#pragma once

namespace citegraph::cli {

// Asks mimalloc to commit each thread's first segment at once, unless
// MIMALLOC_EAGER_COMMIT_DELAY says otherwise; the heap stays in the system's small pages
// unless MIMALLOC_LARGE_OS_PAGES asks for large ones. Does nothing without mimalloc.
void set_up_heap();

// From here on, pages the heap frees are handed back to the system at once, not after
// mimalloc's delay, unless MIMALLOC_DECOMMIT_DELAY says otherwise. Call it while no other
// thread allocates. Does nothing without mimalloc.
void hand_back_freed_pages_at_once();

// From here on, freed pages are handed back after mimalloc's delay again, as before
// hand_back_freed_pages_at_once; the same conditions.
void hand_back_freed_pages_after_a_delay();

}  // namespace citegraph::cli
