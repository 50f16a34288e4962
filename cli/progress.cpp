#include "progress.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "text/counted.hpp"

namespace citegraph::cli {

namespace {

// Runs shorter than this show nothing. CITEGRAPH_PROGRESS_AFTER_MS changes it, for tests.
std::chrono::milliseconds quiet_start() {
    static const std::chrono::milliseconds after = [] {
        const char* set = std::getenv("CITEGRAPH_PROGRESS_AFTER_MS");
        return std::chrono::milliseconds(set ? std::strtol(set, nullptr, 10) : 1000);
    }();
    return after;
}
constexpr auto redraw_every = std::chrono::milliseconds(100);  // no faster than a terminal needs
constexpr std::string_view clear_line = "\r\x1b[K";

}  // namespace

bool standard_error_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

progress_line::progress_line(bool enabled, std::size_t documents)
    : enabled_(enabled), documents_(documents), start_(std::chrono::steady_clock::now()), last_shown_(start_) {}

progress_line::~progress_line() { finish(); }

void progress_line::documents_read(std::size_t read) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < quiet_start() || (now - last_shown_ < redraw_every && read < documents_)) return;
    last_shown_ = now;
    // "read 3/40 documents": the noun agrees with the total, the count the line is about.
    show("citegraph: read " + std::to_string(read) + "/" + text::counted(documents_, "document"));
}

void progress_line::phase(const std::string& name) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    if (std::chrono::steady_clock::now() - start_ < quiet_start()) return;
    show("citegraph: " + text::counted(documents_, "document") + " read; " + name);
}

void progress_line::finish() {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    if (shown_) std::cerr << clear_line << std::flush;
    shown_ = false;
}

void progress_line::show(const std::string& text) {
    std::cerr << clear_line << text << std::flush;
    shown_ = true;
}

}  // namespace citegraph::cli
