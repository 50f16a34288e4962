// A progress line on standard error for runs long enough to wonder about: documents read
// out of the total, then the phase under way. Only on a terminal, and only once a run has
// taken a second; a quick run or a redirected one prints nothing.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace citegraph::cli {

class progress_line {
public:
    // enabled: the caller's choice (standard error is a terminal, no --quiet).
    progress_line(bool enabled, std::size_t documents);
    progress_line(const progress_line&) = delete;
    progress_line& operator=(const progress_line&) = delete;
    ~progress_line();

    // `read` documents of the total are read; safe to call from any thread.
    void documents_read(std::size_t read);

    // A phase starts: "linking sources", "assessing", "writing".
    void phase(const std::string& name);

    // Clears the line, so what follows starts on a clean one.
    void finish();

private:
    void show(const std::string& text);  // with mutex_ held

    bool enabled_;
    std::size_t documents_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_shown_;
    bool shown_ = false;
    std::mutex mutex_;
};

// true if standard error is a terminal.
bool standard_error_is_terminal();

}  // namespace citegraph::cli
