#include "parallel_indices.hpp"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <unistd.h>

#include "signals_held.hpp"

namespace citegraph::text::detail {

namespace {

// True on a thread while it runs a job: a call from inside one may not wait for helpers
// that are busy with the same job.
thread_local bool running_a_job = false;

// Threads that sleep until a job is posted; each posted job is taken by as many of them as
// it asks for. Started on the first job that needs them, in the process that made the pool.
class worker_pool {
public:
    worker_pool() = default;
    worker_pool(const worker_pool&) = delete;
    worker_pool& operator=(const worker_pool&) = delete;

    // Held by the one caller the pool serves at a time.
    std::mutex& caller() { return caller_; }

    // False in a child that fork() made: the helpers were not copied with the process.
    bool serves_this_process() const { return ::getpid() == owner_; }

    // Runs job on `helpers` workers and on the calling thread, which holds caller().
    void run(unsigned helpers, pool_job job) {
        start(helpers);
        {
            const std::lock_guard lock(mutex_);
            job_ = job;
            wanted_ = helpers;
            taken_ = 0;
            finished_ = 0;
            ++generation_;
        }
        posted_.notify_all();
        std::exception_ptr error;
        try {
            running_a_job = true;
            job.call(job.work);
        } catch (...) {
            error = std::current_exception();
        }
        running_a_job = false;
        std::unique_lock lock(mutex_);
        finished_all_.wait(lock, [&] { return finished_ == wanted_; });
        if (error) std::rethrow_exception(error);
    }

private:
    // Helpers are started with every signal held that the system does not raise on a thread
    // for what the thread itself did: a signal sent to the process then reaches a thread the
    // program made, as when no helper was running, and that thread may hold it back while it
    // readies what the handler needs (write_output holds SIGINT, SIGTERM and SIGHUP until
    // the cleanup of its temporary file is in place).
    void start(unsigned helpers) {
        if (threads_.size() >= helpers) return;
        const signals_held held;
        while (threads_.size() < helpers) threads_.emplace_back([this] { serve(); });
    }

    void serve() {
        std::unique_lock lock(mutex_);
        std::size_t seen = 0;  // the last generation this thread took or let pass
        for (;;) {
            posted_.wait(lock, [&] { return generation_ != seen && taken_ < wanted_; });
            seen = generation_;
            ++taken_;
            const pool_job job = job_;
            lock.unlock();
            running_a_job = true;
            job.call(job.work);
            running_a_job = false;
            lock.lock();
            if (++finished_ == wanted_) finished_all_.notify_one();
        }
    }

    const pid_t owner_ = ::getpid();
    std::mutex caller_;
    std::mutex mutex_;  // guards everything below
    std::condition_variable posted_;
    std::condition_variable finished_all_;
    std::vector<std::thread> threads_;
    pool_job job_{};
    std::size_t generation_ = 0;
    unsigned wanted_ = 0;
    unsigned taken_ = 0;
    unsigned finished_ = 0;
};

// Never destroyed: its helpers sleep until the process ends, so nothing at exit waits for
// them, and a child that fork() made, which has none of them, never joins them.
worker_pool& shared_pool() {
    static worker_pool* const pool = new worker_pool;
    return *pool;
}

}  // namespace

void run_beside(pool_job beside, pool_job here) {
    std::exception_ptr beside_error;
    const auto run_beside_job = [&] {
        // On one core: a parallel call inside it works alone rather than take the pool from
        // the calling thread, whose own work it is spread over.
        const bool was_running = std::exchange(running_a_job, true);
        try {
            beside.call(beside.work);
        } catch (...) {
            beside_error = std::current_exception();
        }
        running_a_job = was_running;
    };
    std::thread thread;
    try {
        const signals_held held;  // as for the pool's helpers (see worker_pool::start)
        thread = std::thread(run_beside_job);
    } catch (const std::system_error&) {
        run_beside_job();
    }
    std::exception_ptr here_error;
    try {
        here.call(here.work);
    } catch (...) {
        here_error = std::current_exception();
    }
    if (thread.joinable()) thread.join();
    if (here_error) std::rethrow_exception(here_error);
    if (beside_error) std::rethrow_exception(beside_error);
}

void run_on_pool(unsigned helpers, pool_job job) {
    worker_pool& pool = shared_pool();
    std::unique_lock<std::mutex> reserved;
    if (helpers > 0 && !running_a_job && pool.serves_this_process())
        reserved = std::unique_lock(pool.caller(), std::try_to_lock);
    if (!reserved) {
        job.call(job.work);
        return;
    }
    pool.run(helpers, job);
}

}  // namespace citegraph::text::detail
