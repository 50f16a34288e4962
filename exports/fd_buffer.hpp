// An output stream buffer over a file descriptor that remembers why a write failed, which
// std::cout's own buffer forgets: "cannot write standard output: No space left on device".
#pragma once

#include <cstddef>
#include <functional>
#include <streambuf>
#include <string>
#include <utility>
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

    // Bytes that have reached the descriptor.
    std::size_t written() const { return written_; }

    // Calls `written` each time another `bytes` or more have reached the descriptor (once
    // per write, however many more), as a background_sync asks for them to be flushed.
    void call_every(std::size_t bytes, std::function<void()> written) {
        call_every_ = bytes;
        written_call_ = std::move(written);
    }

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    bool drain();
    // Writes [p, p + size) unless a write failed before; a failure sets error_.
    void write_through(const char* p, std::size_t size);

    int fd_;
    std::vector<char> buffer_;
    int error_ = 0;
    std::size_t call_every_ = 0;  // 0: never
    std::function<void()> written_call_;
    std::size_t written_ = 0;     // bytes written so far
    std::size_t called_at_ = 0;   // written_ when written_call_ was last called
};

// "cannot write standard output", with the reason when std::cout writes through an fd_buffer
// that saw a write fail (": No space left on device").
std::string standard_output_failure();

}  // namespace citegraph
