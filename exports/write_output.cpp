#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
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

#include "citegraph/exports.hpp"
#include "background_sync.hpp"
#include "fd_buffer.hpp"
#include "interrupt_cleanup.hpp"
#include "room_ahead.hpp"

namespace citegraph {

namespace {

// A temporary file in `directory`, removed on destruction unless released. Its name is
// short (".cg" and 12 hex digits) so that any target whose own name is legal has a legal
// temporary beside it. Created with the target's permission bits when there is a target,
// otherwise 0666 less the umask, as any new file.
class temp_file {
public:
    temp_file(const std::string& directory, std::optional<mode_t> mode) {
        std::random_device seed;
        std::mt19937_64 random(seed());
        for (int attempt = 0; attempt < 100; ++attempt) {
            char name[32];
            std::snprintf(name, sizeof name, ".cg%012llx",
                          static_cast<unsigned long long>(random() & 0xFFFFFFFFFFFFull));
            path_ = directory + name;
            // O_EXCL makes the name ours.
            fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode.value_or(0666));
            if (fd_ >= 0 || errno != EEXIST) break;
        }
        if (fd_ < 0) {
            const int error = errno;
            path_.clear();
            throw std::system_error(error, std::generic_category());
        }
        // The umask applied at open; a replaced file keeps exactly its own bits.
        if (mode) ::fchmod(fd_, *mode);
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

// Blocks SIGINT, SIGTERM and SIGHUP for its lifetime: a temporary file and the guard that
// removes it on those signals come into being together.
class signals_held {
public:
    signals_held() {
        sigset_t held;
        sigemptyset(&held);
        for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, s);
        ::pthread_sigmask(SIG_BLOCK, &held, &previous_);
    }
    signals_held(const signals_held&) = delete;
    signals_held& operator=(const signals_held&) = delete;
    ~signals_held() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

private:
    sigset_t previous_;
};

[[noreturn]] void fail(const std::string& path, int error) {
    throw std::runtime_error("cannot write " + path + ": " + std::generic_category().message(error));
}

// Makes the rename itself durable; best effort, the file is already complete.
void sync_directory(const std::string& directory) {
    const int fd = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Where a path leads once its symbolic links are followed.
struct link_end {
    std::string path;       // the file finally named: the path itself when it is no link
    bool open_file = false; // a link under /proc (/dev/stdout, /dev/fd/N) naming an open file
};

// Follows symbolic links, each relative link read against the directory holding it, so
// that writing replaces the file and keeps the links; a dangling link gives the path it
// points to, which is then created. Links under /proc are not paths but open files (a
// pipe, a terminal, a file standard output was redirected to): those are written in place.
// Fails with ELOOP after 40 links, as the kernel does.
link_end follow_links(const std::string& path) {
    namespace fs = std::filesystem;
    fs::path at = path;
    for (int hops = 0;; ++hops) {
        struct stat st {};
        if (::lstat(at.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return {at.string(), false};
        if (hops == 40) fail(path, ELOOP);
        std::error_code error;
        const fs::path directory = fs::canonical(at.has_parent_path() ? at.parent_path() : fs::path("."), error);
        if (error) fail(path, error.value());
        if (directory.string().starts_with("/proc/")) return {path, true};
        const fs::path link = fs::read_symlink(at, error);
        if (error) fail(path, error.value());
        at = link.is_absolute() ? link : directory / link;
    }
}

// The directory of a path, with its trailing '/', or "" for a bare name.
std::string directory_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// Writes through `fd`, then checks every byte arrived; closes nothing. A file the caller will
// fsync (synced_at_end), a new file of our own, is flushed on the side every 8 MB as it is
// written, and given room on the disk ahead of the writes.
void write_all(int fd, const std::string& path, const std::function<void(std::ostream&)>& write,
               bool synced_at_end = false) {
    fd_buffer buffer(fd);
    std::optional<exports_detail::background_sync> flushing;
    std::optional<exports_detail::room_ahead> room;
    if (synced_at_end) {
        flushing.emplace(fd);
        room.emplace(fd);
        buffer.call_every(std::size_t{8} << 20, [&] {
            room->written(buffer.written());
            flushing->request();
        });
    }
    std::ostream out(&buffer);
    write(out);  // an exception leaves through here
    out.flush();
    if (buffer.error() != 0) fail(path, buffer.error());
    if (flushing)
        if (const int error = flushing->finish(); error != 0) fail(path, error);
    if (room)
        if (const int error = room->finish(buffer.written()); error != 0) fail(path, error);
    if (!out) throw std::runtime_error("cannot write " + path + ": the writer's stream failed");
}

// A device, FIFO or socket is written to as `cat > path` would: opened and written in
// place, never replaced, since replacing /dev/null or a named pipe would break the system
// or the reader waiting on it.
void write_in_place(const std::string& path, const std::function<void(std::ostream&)>& write) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) fail(path, errno);
    try {
        write_all(fd, path, write);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) fail(path, errno);
}

}  // namespace

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
    if (path == "-") {
        write(std::cout);
        std::cout.flush();
        if (!std::cout) throw std::runtime_error(standard_output_failure());
        return;
    }
    if (path.empty()) throw std::runtime_error("cannot write an empty path");
    const link_end end = follow_links(path);
    const std::string& target = end.path;
    struct stat st {};
    const bool exists = ::stat(target.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) fail(path, EISDIR);
    if (end.open_file || (exists && !S_ISREG(st.st_mode))) return write_in_place(path, write);

    const std::string directory = directory_of(target);
    // Destroyed in reverse: the temporary file goes first, then the guard that would remove
    // it on an interrupt.
    std::optional<exports_detail::interrupt_cleanup> guard;
    std::optional<temp_file> temp;
    try {
        const signals_held held;
        temp.emplace(directory, exists ? std::optional<mode_t>(st.st_mode & 07777) : std::nullopt);
        guard.emplace(temp->path());
    } catch (const std::system_error& e) {
        fail(path, e.code().value());
    }
    // Root may replace a file it does not own: the new one keeps the old owner and group.
    if (exists && ::geteuid() == 0 && ::fchown(temp->fd(), st.st_uid, st.st_gid) == 0)
        ::fchmod(temp->fd(), st.st_mode & 07777);  // chown clears set-user-id bits
    write_all(temp->fd(), path, write, true);
    if (::fsync(temp->fd()) != 0) fail(path, errno);
    if (const int error = temp->close(); error != 0) fail(path, error);
    if (::rename(temp->path().c_str(), target.c_str()) != 0) fail(path, errno);
    temp->release();
    sync_directory(directory);
}

}  // namespace citegraph
