#pragma once
// One task at a time on a second thread: joined on every way out of its owner's scope, and an
// exception the task throws is rethrown by join() in the thread that waits for it (a thread
// that lets an exception escape would end the process).

#include <exception>
#include <thread>
#include <utility>

namespace resdiff::diff {

class SideThread {
public:
    SideThread() = default;
    SideThread(const SideThread&) = delete;
    SideThread& operator=(const SideThread&) = delete;
    // Leaving by an exception already: the task's own error, if any, is dropped.
    ~SideThread() {
        if (thread_.joinable()) thread_.join();
    }

    // Runs `fn` on the second thread, after the previous task.
    template <class Fn>
    void start(Fn&& fn) {
        join();
        thread_ = std::thread([this, task = std::forward<Fn>(fn)]() mutable {
            try {
                task();
            } catch (...) {
                error_ = std::current_exception();
            }
        });
    }

    // Waits for the task; rethrows what it threw.
    void join() {
        if (thread_.joinable()) thread_.join();
        if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
    }

private:
    std::thread thread_;
    std::exception_ptr error_;
};

}  // namespace resdiff::diff
