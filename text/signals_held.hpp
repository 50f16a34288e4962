// Threads the program starts for its own work hold the signals sent to the process, so that
// a signal reaches a thread that can act on it: write_output removes its half-written file on
// SIGINT, and holds the signal back while it readies that.
#pragma once

#include <pthread.h>
#include <signal.h>

namespace citegraph::text {

// While it lives, the calling thread holds every signal that the system does not raise on a
// thread for what the thread itself did (a fault, an abort); a thread started meanwhile
// starts with them held.
class signals_held {
public:
    signals_held() {
        sigset_t held;
        sigfillset(&held);
        for (int own : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT}) sigdelset(&held, own);
        ::pthread_sigmask(SIG_BLOCK, &held, &previous_);
    }
    ~signals_held() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
    signals_held(const signals_held&) = delete;
    signals_held& operator=(const signals_held&) = delete;

private:
    sigset_t previous_;
};

}  // namespace citegraph::text
