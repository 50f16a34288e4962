#include "background_sync.hpp"

#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "text/signals_held.hpp"

namespace citegraph::exports_detail {

void background_sync::request() {
    {
        const std::lock_guard lock(mutex_);
        if (finishing_) return;
        requested_ = true;
        if (!thread_.joinable()) {
            // Started holding the signals, so that SIGINT reaches the writing thread, which
            // removes the half-written file.
            const text::signals_held held;
            try {
                thread_ = std::thread([this] { run(); });
            } catch (const std::system_error&) {
                requested_ = false;  // no thread: the caller's fsync does all the work
            }
            return;
        }
    }
    asked_.notify_one();
}

int background_sync::finish() {
    {
        const std::lock_guard lock(mutex_);
        finishing_ = true;
    }
    asked_.notify_one();
    if (thread_.joinable()) thread_.join();
    return error_;
}

void background_sync::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        asked_.wait(lock, [&] { return requested_ || finishing_; });
        if (!requested_) return;  // finishing, with every sync asked for done
        requested_ = false;
        lock.unlock();
        const int error = ::fdatasync(fd_) == 0 ? 0 : errno;
        lock.lock();
        if (error_ == 0) error_ = error;
    }
}

}  // namespace citegraph::exports_detail
