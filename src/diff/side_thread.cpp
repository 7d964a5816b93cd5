#include "diff/side_thread.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace resdiff::diff::detail {

// A thread that runs one task at a time, then waits for the next.
class Worker {
public:
    Worker() : thread_([this] { loop(); }) {}
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;
    ~Worker() {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            quit_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }

    void run(std::unique_ptr<Task> task) {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            task_ = std::move(task);
            busy_ = true;
        }
        wake_.notify_all();
    }

    std::exception_ptr wait() {
        std::unique_lock<std::mutex> lock(mutex_);
        done_.wait(lock, [this] { return !busy_; });
        return std::exchange(error_, nullptr);
    }

private:
    void loop() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            wake_.wait(lock, [this] { return task_ || quit_; });
            if (!task_) return;  // quit, nothing left to run
            std::unique_ptr<Task> task = std::move(task_);
            lock.unlock();
            std::exception_ptr error;
            try {
                task->run();
            } catch (...) {
                error = std::current_exception();
            }
            task.reset();  // what the task owns (a promise) is released before the waiter wakes
            lock.lock();
            error_ = error;
            busy_ = false;
            done_.notify_all();
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::unique_ptr<Task> task_;
    bool busy_ = false;
    bool quit_ = false;
    std::exception_ptr error_;
    std::thread thread_;  // last: started once the members it uses exist
};

namespace {

// Every kept thread, and the idle ones among them. Ended (joined) when the process exits
// normally; `resdiff` itself leaves by _Exit and ends none.
struct KeptThreads {
    std::mutex mutex;
    std::vector<std::unique_ptr<Worker>> all;
    std::vector<Worker*> idle;
};

KeptThreads& kept() {
    static KeptThreads threads;
    return threads;
}

}  // namespace

Worker* start_on_kept_thread(std::unique_ptr<Task> task) {
    Worker* worker = nullptr;
    {
        KeptThreads& k = kept();
        const std::lock_guard<std::mutex> lock(k.mutex);
        if (!k.idle.empty()) {
            worker = k.idle.back();
            k.idle.pop_back();
        } else {
            k.all.push_back(std::make_unique<Worker>());
            worker = k.all.back().get();
        }
    }
    worker->run(std::move(task));
    return worker;
}

std::exception_ptr finish(Worker* worker) {
    std::exception_ptr error = worker->wait();
    KeptThreads& k = kept();
    const std::lock_guard<std::mutex> lock(k.mutex);
    k.idle.push_back(worker);
    return error;
}

}  // namespace resdiff::diff::detail
