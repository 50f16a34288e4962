#include "fd_buffer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <system_error>

namespace citegraph {

fd_buffer::int_type fd_buffer::overflow(int_type c) {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int fd_buffer::sync() { return drain() ? 0 : -1; }

bool fd_buffer::drain() {
    const char* p = pbase();
    while (error_ == 0 && p < pptr()) {
        const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error_ = n < 0 ? errno : EIO;
        } else {
            p += n;
            written_ += static_cast<std::size_t>(n);
        }
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    if (writeback_every_ != 0 && written_ - writeback_from_ >= writeback_every_) start_writeback();
    return error_ == 0;
}

void fd_buffer::start_writeback() {
    // Fails harmlessly on what is not a file (a pipe, a terminal); the writes stand either way.
    ::sync_file_range(fd_, static_cast<off_t>(writeback_from_),
                      static_cast<off_t>(written_ - writeback_from_), SYNC_FILE_RANGE_WRITE);
    writeback_from_ = written_;
}

std::string standard_output_failure() {
    const auto* buffer = dynamic_cast<const fd_buffer*>(std::cout.rdbuf());
    const int error = buffer ? buffer->error() : 0;
    return "cannot write standard output" + (error != 0 ? ": " + std::generic_category().message(error) : std::string());
}

}  // namespace citegraph
