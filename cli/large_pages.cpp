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
#endif
}

}  // namespace citegraph::cli
