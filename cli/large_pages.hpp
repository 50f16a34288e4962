// The heap in large pages where the allocator can have them.
#pragma once

namespace citegraph::cli {

// Asks mimalloc to back the heap with 2 MiB pages (transparent huge pages, where the
// system allows them to be asked for), the part it mapped before main included, unless
// MIMALLOC_LARGE_OS_PAGES says otherwise. A run touches a few hundred megabytes of fresh
// memory in small allocations; in 4 KiB pages faulting them in was a fifth of check's
// time. Does nothing without mimalloc.
void prefer_large_pages();

}  // namespace citegraph::cli
