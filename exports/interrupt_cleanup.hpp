// Removes a half-written temporary file when the user interrupts citegraph (SIGINT, SIGTERM,
// SIGHUP), so an interrupted export leaves the previous output as it was and nothing else.
#pragma once

#include <csignal>
#include <string>

namespace citegraph::exports_detail {

// While alive, SIGINT, SIGTERM and SIGHUP unlink `path` and then end the process by the same
// signal, with its default action (a shell then reports 130, 143 or 129). One guard at a
// time; the previous handlers come back on destruction. Paths longer than PATH_MAX are not
// guarded (the open would have failed first).
class interrupt_cleanup {
public:
    explicit interrupt_cleanup(const std::string& path);
    interrupt_cleanup(const interrupt_cleanup&) = delete;
    interrupt_cleanup& operator=(const interrupt_cleanup&) = delete;
    ~interrupt_cleanup();

private:
    struct sigaction previous_[3];
};

}  // namespace citegraph::exports_detail
