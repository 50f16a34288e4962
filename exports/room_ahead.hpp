// Disk room for a file being written, made ahead of the writes. ext4 reserves and maps each
// page written into space the file does not own yet as the page arrives (delayed
// allocation); 138 MB of GraphML written so cost the writing thread about 30 ms, and 20 ms
// written into room made ahead with fallocate.
#pragma once

#include <cstddef>

namespace citegraph::exports_detail {

// Best effort: a file system without fallocate, or one out of room, is written as before,
// and a write then reports a full disk. The room runs past what is written, and so does the
// file's size, until finish cuts the file to its bytes.
class room_ahead {
public:
    explicit room_ahead(int fd) : fd_(fd) {}
    room_ahead(const room_ahead&) = delete;
    room_ahead& operator=(const room_ahead&) = delete;

    // `written` bytes have been written from the start: makes room up to `ahead` bytes past them.
    void written(std::size_t written);

    // The file holds `bytes`: cuts off the room past them. errno of a failed cut, 0 if no
    // room was asked for or the cut succeeded.
    int finish(std::size_t bytes);

    static constexpr std::size_t ahead = std::size_t{16} << 20;

private:
    const int fd_;
    std::size_t made_to_ = 0;  // the room made, from the start of the file
    bool grown_ = false;       // fallocate was asked, and may have grown the file
    bool failed_ = false;      // fallocate failed once: no more tries
};

}  // namespace citegraph::exports_detail
