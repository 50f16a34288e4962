#include "fd_buffer.hpp"

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
    write_through(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
}

// A piece of a quarter of the buffer or more is written from where it lies, after what the
// buffer holds: the writers that print on every core hand over runs of tens of kilobytes,
// and copying each through the buffer first was 2% of a GraphML export's instructions. A
// smaller piece is cheaper to copy than to give a write of its own.
std::streamsize fd_buffer::xsputn(const char* s, std::streamsize n) {
    if (static_cast<std::size_t>(n) < buffer_.size() / 4) return std::streambuf::xsputn(s, n);
    if (!drain()) return 0;
    write_through(s, static_cast<std::size_t>(n));
    return error_ == 0 ? n : 0;
}

void fd_buffer::write_through(const char* p, std::size_t size) {
    const char* end = p + size;
    while (error_ == 0 && p < end) {
        const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(end - p));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error_ = n < 0 ? errno : EIO;
        } else {
            p += n;
            written_ += static_cast<std::size_t>(n);
        }
    }
    if (call_every_ != 0 && written_ - called_at_ >= call_every_) {
        called_at_ = written_;
        written_call_();
    }
}

std::string standard_output_failure() {
    const auto* buffer = dynamic_cast<const fd_buffer*>(std::cout.rdbuf());
    const int error = buffer ? buffer->error() : 0;
    return "cannot write standard output" + (error != 0 ? ": " + std::generic_category().message(error) : std::string());
}

}  // namespace citegraph
