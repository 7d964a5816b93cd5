#pragma once
// One task at a time on a second thread: joined on every way out of its owner's scope, and an
// exception the task throws is rethrown by join() in the thread that waits for it (a thread
// that lets an exception escape would end the process).
//
// The threads are kept for the next task rather than ended: a thread that ends hands its
// allocator's memory back (mimalloc walks every page the thread touched), which took more time
// than some of the tasks themselves (a fifth of a large comparison's load). They end with the
// process; the command line leaves without ending them at all.

#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

namespace resdiff::diff {

namespace detail {

// A task that can be moved in (it may own a promise, which is move-only).
struct Task {
    virtual ~Task() = default;
    virtual void run() = 0;
};

template <class Fn>
struct TaskOf final : Task {
    explicit TaskOf(Fn&& f) : fn(std::move(f)) {}
    void run() override { fn(); }
    Fn fn;
};

class Worker;  // a kept thread (side_thread.cpp)

// Runs `task` on an idle kept thread (a new one when none is idle) and returns that thread.
Worker* start_on_kept_thread(std::unique_ptr<Task> task);
// Waits until the worker's task is over (and destroyed), makes the worker idle again, and
// returns what the task threw, if anything.
std::exception_ptr finish(Worker* worker);

}  // namespace detail

class SideThread {
public:
    SideThread() = default;
    SideThread(const SideThread&) = delete;
    SideThread& operator=(const SideThread&) = delete;
    // Leaving by an exception already: the task's own error, if any, is dropped.
    ~SideThread() {
        if (worker_) detail::finish(std::exchange(worker_, nullptr));
    }

    // Runs `fn` on the second thread, after the previous task. `fn` is destroyed on that thread
    // as soon as it returns or throws (before join() returns).
    template <class Fn>
    void start(Fn&& fn) {
        join();
        using F = std::decay_t<Fn>;
        worker_ = detail::start_on_kept_thread(std::make_unique<detail::TaskOf<F>>(F(std::forward<Fn>(fn))));
    }

    // Waits for the task; rethrows what it threw.
    void join() {
        if (!worker_) return;
        if (std::exception_ptr error = detail::finish(std::exchange(worker_, nullptr))) std::rethrow_exception(error);
    }

private:
    detail::Worker* worker_ = nullptr;
};

}  // namespace resdiff::diff
