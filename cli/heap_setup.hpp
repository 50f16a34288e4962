// How the command's allocator is set up before it runs.
#pragma once

namespace citegraph::cli {

// Asks mimalloc to commit each thread's first segment at once, unless
// MIMALLOC_EAGER_COMMIT_DELAY says otherwise; the heap stays in the system's small pages
// unless MIMALLOC_LARGE_OS_PAGES asks for large ones. Does nothing without mimalloc.
void set_up_heap();

}  // namespace citegraph::cli
