#include "forked_texts.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <exception>
#include <fcntl.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fd_buffer.hpp"

namespace citegraph::exports_detail {

namespace {

// What a child sends before each piece of text.
enum class frame_kind : std::uint32_t { text = 1, last_words = 2, failure = 3 };
struct frame_head {
    std::uint64_t size;
    frame_kind kind;
    std::uint32_t unused;
};

// A child's pipe holds up to this much: enough for the item after the one taken next, so a
// child rarely waits in the middle of sending one (the kernel caps it, as it may).
constexpr int pipe_room = 1 << 20;

// Bytes read before the end of the pipe: fewer than size only at its end.
std::size_t read_all(int fd, char* data, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, data + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw std::runtime_error("cannot read from a DOT writer process");
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    return got;
}

bool send(fd_buffer& to, frame_kind kind, const std::string& text) {
    const frame_head head{text.size(), kind, 0};
    to.sputn(reinterpret_cast<const char*>(&head), sizeof head);
    to.sputn(text.data(), static_cast<std::streamsize>(text.size()));
    return to.pubsync() == 0 && to.error() == 0;
}

pid_t wait_for(pid_t pid, int& status) {
    pid_t waited;
    do waited = ::waitpid(pid, &status, 0);
    while (waited < 0 && errno == EINTR);
    return waited;
}

std::string how_it_ended(int status) {
    if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return "was killed by signal " + std::to_string(WTERMSIG(status));
    return "ended";
}

// The child's whole life: its items, then its last words, then _exit, which skips the exit
// handlers and buffers it shares with the caller (they would write the caller's output twice).
[[noreturn]] void run_child(int pipe_end, pid_t parent, std::size_t first, std::size_t step, std::size_t count,
                            const forked_texts::make_fn& make, const forked_texts::last_words_fn& last_words) {
    // The caller's handlers (the interrupted output's cleanup) are the caller's to run.
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) std::signal(signal, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);  // the caller died before the line above
    fd_buffer to(pipe_end);
    try {
        for (std::size_t item = first; item < count; item += step)
            if (!send(to, frame_kind::text, make(item))) ::_exit(1);
        ::_exit(send(to, frame_kind::last_words, last_words()) ? 0 : 1);
    } catch (const std::exception& e) {
        send(to, frame_kind::failure, e.what());
    } catch (...) {
        send(to, frame_kind::failure, "a DOT writer process failed");
    }
    ::_exit(1);
}

}  // namespace

forked_texts::forked_texts(std::size_t count, unsigned processes, const make_fn& make,
                           const last_words_fn& last_words) {
    if (processes < 2 || count < 2) return;
    processes = static_cast<unsigned>(std::min<std::size_t>(processes, count));  // none without an item
    const pid_t parent = ::getpid();
    for (unsigned w = 1; w < processes; ++w) {
        int ends[2];
        if (::pipe2(ends, O_CLOEXEC) != 0) break;
        ::fcntl(ends[1], F_SETPIPE_SZ, pipe_room);
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(ends[0]);
            for (const child& earlier : children_) ::close(earlier.from);
            run_child(ends[1], parent, w, processes, count, make, last_words);
        }
        ::close(ends[1]);
        if (pid < 0) {
            ::close(ends[0]);
            break;
        }
        children_.push_back({pid, ends[0], w});
    }
    // Items are dealt by the number of processes: with fewer, the caller makes them all.
    if (children_.size() + 1 != processes) end_children();
}

forked_texts::~forked_texts() { end_children(); }

std::string forked_texts::take(std::size_t item) {
    if (mine(item)) throw std::logic_error("forked_texts: the item is the caller's to make");
    const std::size_t processes = children_.size() + 1;
    child& from = children_[item % processes - 1];
    if (item != from.next) throw std::logic_error("forked_texts: a child's items taken out of order");
    std::string text = receive(from, false);
    from.next += processes;
    return text;
}

std::vector<std::string> forked_texts::finish() {
    std::vector<std::string> words;
    for (child& c : children_) {
        words.push_back(receive(c, true));
        int status = 0;
        const pid_t waited = wait_for(c.pid, status);
        c.pid = -1;
        // ECHILD: a program that ignores SIGCHLD has its children reaped by the kernel.
        if (waited < 0 && errno == ECHILD) continue;
        if (waited < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
            throw std::runtime_error("a DOT writer process " + how_it_ended(status));
    }
    end_children();
    return words;
}

std::string forked_texts::receive(child& from, bool last_words) {
    frame_head head{};
    if (read_all(from.from, reinterpret_cast<char*>(&head), sizeof head) != sizeof head) {
        int status = 0;
        wait_for(from.pid, status);
        from.pid = -1;
        throw std::runtime_error("a DOT writer process " + how_it_ended(status) + " before its work was done");
    }
    std::string text(head.size, '\0');
    if (read_all(from.from, text.data(), text.size()) != text.size())
        throw std::runtime_error("a DOT writer process ended in the middle of its text");
    if (head.kind == frame_kind::failure) throw std::runtime_error(text);
    if (head.kind != (last_words ? frame_kind::last_words : frame_kind::text))
        throw std::logic_error("forked_texts: a child sent its texts out of turn");
    return text;
}

void forked_texts::end_children() {
    for (child& c : children_) {
        if (c.pid > 0) {
            ::kill(c.pid, SIGKILL);
            int status = 0;
            wait_for(c.pid, status);
        }
        ::close(c.from);
    }
    children_.clear();
}

}  // namespace citegraph::exports_detail
