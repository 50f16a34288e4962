// A file flushed to the disk on a thread of its own while it is still being written, so the
// fsync that makes it durable before it replaces the user's file finds little left to do.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace citegraph::exports_detail {

// fdatasync(fd) on a thread that starts on the first request; requests made while a sync
// runs are answered by one more (which takes all their bytes). The writes go on meanwhile.
// The thread holds the signals sent to the process, so the writing thread takes an interrupt.
//
// Here an fsync after 139 MB of GraphML waited 72-95 ms for the disk, in proportion to the
// bytes it found unflushed, even when their writeback had been started as they were
// written (sync_file_range); flushed on the side every 8 MB, it waits 0.3-2 ms.
class background_sync {
public:
    explicit background_sync(int fd) : fd_(fd) {}
    background_sync(const background_sync&) = delete;
    background_sync& operator=(const background_sync&) = delete;
    ~background_sync() { finish(); }

    // Asks for what has been written so far to be flushed; returns at once.
    void request();

    // Waits for the sync asked for last, if it has not run, and ends the thread; requests
    // after it are ignored. Returns errno of the first sync that failed, 0 if none did or
    // none ran: a failure is reported once per descriptor, so a later fsync would miss it.
    int finish();

private:
    void run();

    const int fd_;
    std::mutex mutex_;  // guards what follows
    std::condition_variable asked_;
    std::thread thread_;
    bool requested_ = false;
    bool finishing_ = false;
    int error_ = 0;
};

}  // namespace citegraph::exports_detail
