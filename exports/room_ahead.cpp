#include "room_ahead.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace citegraph::exports_detail {

void room_ahead::written(std::size_t written) {
    if (failed_ || written + ahead <= made_to_) return;
    const std::size_t from = std::max(made_to_, written);
    const std::size_t to = written + ahead;
    // Mode 0 grows the file's size with its room (even when it fails part way); finish cuts
    // it back.
    grown_ = true;
    if (::fallocate(fd_, 0, static_cast<off_t>(from), static_cast<off_t>(to - from)) != 0) {
        failed_ = true;
        return;
    }
    made_to_ = to;
}

int room_ahead::finish(std::size_t bytes) {
    if (!grown_) return 0;
    return ::ftruncate(fd_, static_cast<off_t>(bytes)) == 0 ? 0 : errno;
}

}  // namespace citegraph::exports_detail
