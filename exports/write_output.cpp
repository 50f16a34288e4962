#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <random>
#include <stdexcept>
#include <streambuf>
#include <system_error>
#include <vector>

#include "exports.hpp"

namespace citegraph {

namespace {

// An output buffer over a file descriptor that remembers the first write error.
class fd_buffer : public std::streambuf {
public:
    explicit fd_buffer(int fd) : fd_(fd), buffer_(64 * 1024) {
        setp(buffer_.data(), buffer_.data() + buffer_.size());
    }
    fd_buffer(const fd_buffer&) = delete;
    fd_buffer& operator=(const fd_buffer&) = delete;

    // errno of the first failed write; 0 if every write succeeded.
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const char* p = pbase();
        while (error_ == 0 && p < pptr()) {
            const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) error_ = n < 0 ? errno : EIO;
            else p += n;
        }
        setp(buffer_.data(), buffer_.data() + buffer_.size());
        return error_ == 0;
    }

    int fd_;
    std::vector<char> buffer_;
    int error_ = 0;
};

// A temporary file beside the target, removed on destruction unless released.
class temp_file {
public:
    explicit temp_file(const std::string& target) {
        std::random_device seed;
        std::mt19937_64 random(seed());
        for (int attempt = 0; attempt < 100; ++attempt) {
            char suffix[32];
            std::snprintf(suffix, sizeof suffix, ".tmp-%012llx",
                          static_cast<unsigned long long>(random() & 0xFFFFFFFFFFFFull));
            path_ = target + suffix;
            // O_EXCL makes the name ours; mode 0666 lets the umask decide, as for any new file.
            fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd_ >= 0 || errno != EEXIST) break;
        }
        if (fd_ < 0) throw std::system_error(errno, std::generic_category());
    }
    temp_file(const temp_file&) = delete;
    temp_file& operator=(const temp_file&) = delete;
    ~temp_file() {
        close();
        if (!path_.empty()) ::unlink(path_.c_str());
    }

    int fd() const { return fd_; }
    const std::string& path() const { return path_; }

    // Closes the descriptor; errno-style code of a failed close, 0 on success.
    int close() {
        if (fd_ < 0) return 0;
        const int rc = ::close(fd_);
        fd_ = -1;
        return rc == 0 ? 0 : errno;
    }
    // Keeps the file: it has been renamed over the target.
    void release() { path_.clear(); }

private:
    std::string path_;
    int fd_ = -1;
};

[[noreturn]] void fail(const std::string& path, int error) {
    throw std::runtime_error("cannot write " + path + ": " + std::generic_category().message(error));
}

// Makes the rename itself durable; best effort, the file is already complete.
void sync_directory(const std::string& path) {
    std::filesystem::path directory = std::filesystem::path(path).parent_path();
    if (directory.empty()) directory = ".";
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
    if (path == "-") {
        write(std::cout);
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("cannot write standard output");
        return;
    }
    if (path.empty()) throw std::runtime_error("cannot write an empty path");
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        fail(path, EISDIR);

    std::optional<temp_file> temp;
    try {
        temp.emplace(path);
    } catch (const std::system_error& e) {
        fail(path, e.code().value());
    }
    fd_buffer buffer(temp->fd());
    std::ostream out(&buffer);
    write(out);  // an exception leaves through here; ~temp_file removes the file
    out.flush();
    if (buffer.error() != 0) fail(path, buffer.error());
    if (!out) throw std::runtime_error("cannot write " + path + ": the writer's stream failed");
    if (::fsync(temp->fd()) != 0) fail(path, errno);
    if (const int error = temp->close(); error != 0) fail(path, error);
    std::filesystem::rename(temp->path(), path, ec);
    if (ec) fail(path, ec.value());
    temp->release();
    sync_directory(path);
}

}  // namespace citegraph
