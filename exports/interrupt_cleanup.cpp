#include "interrupt_cleanup.hpp"

#include <climits>
#include <cstring>
#include <unistd.h>

namespace citegraph::exports_detail {

namespace {

constexpr int guarded_signals[3] = {SIGINT, SIGTERM, SIGHUP};

// What the handler may touch: async-signal-safe storage only. `armed` is set after the path
// is complete and cleared before it changes, so the handler never reads a half-copied path.
char guarded_path[PATH_MAX + 1];
volatile std::sig_atomic_t armed = 0;

extern "C" void remove_and_reraise(int signal) {
    if (armed) ::unlink(guarded_path);
    // The default action ends the process by this signal, as if citegraph had not caught it;
    // the signal is blocked while its handler runs and delivered on return.
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    ::sigaction(signal, &fallback, nullptr);
    ::raise(signal);
}

}  // namespace

interrupt_cleanup::interrupt_cleanup(const std::string& path) {
    armed = 0;
    if (path.size() <= PATH_MAX) {
        std::memcpy(guarded_path, path.c_str(), path.size() + 1);
        armed = 1;
    }
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    sigemptyset(&action.sa_mask);
    // Every guarded signal is blocked while one is handled: a second one cannot cut in.
    for (int s : guarded_signals) sigaddset(&action.sa_mask, s);
    for (int i = 0; i < 3; ++i) ::sigaction(guarded_signals[i], &action, &previous_[i]);
}

interrupt_cleanup::~interrupt_cleanup() {
    for (int i = 0; i < 3; ++i) ::sigaction(guarded_signals[i], &previous_[i], nullptr);
    armed = 0;
}

}  // namespace citegraph::exports_detail
