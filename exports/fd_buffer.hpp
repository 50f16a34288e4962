// An output stream buffer over a file descriptor that remembers why a write failed, which
// std::cout's own buffer forgets: "cannot write standard output: No space left on device".
#pragma once

#include <cstddef>
#include <streambuf>
#include <string>
#include <vector>

namespace citegraph {

// Writes through ::write, retrying on EINTR; after the first failed write it writes nothing more.
class fd_buffer : public std::streambuf {
public:
    explicit fd_buffer(int fd) : fd_(fd), buffer_(64 * 1024) {
        setp(buffer_.data(), buffer_.data() + buffer_.size());
    }
    fd_buffer(const fd_buffer&) = delete;
    fd_buffer& operator=(const fd_buffer&) = delete;

    // errno of the first failed write; 0 if every write succeeded.
    int error() const { return error_; }

    // Asks the kernel to start writing each `bytes` written so far to the disk, without
    // waiting for it: a file that is fsync'ed at the end then finds most of itself already
    // written, instead of waiting for all of it at once. Only a hint; fsync reports errors.
    void start_writeback_every(std::size_t bytes) { writeback_every_ = bytes; }

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    bool drain();
    // Writes [p, p + size) unless a write failed before; a failure sets error_.
    void write_through(const char* p, std::size_t size);

    void start_writeback();

    int fd_;
    std::vector<char> buffer_;
    int error_ = 0;
    std::size_t writeback_every_ = 0;  // 0: never
    std::size_t written_ = 0;          // bytes written so far
    std::size_t writeback_from_ = 0;   // where the next writeback starts
};

// "cannot write standard output", with the reason when std::cout writes through an fd_buffer
// that saw a write fail (": No space left on device").
std::string standard_output_failure();

}  // namespace citegraph
