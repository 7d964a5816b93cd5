// Tests src/diff/side_thread.hpp: a task on a second thread, its exception brought home.

#include "diff/side_thread.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <memory>
#include <stdexcept>
#include <thread>

using resdiff::diff::SideThread;

TEST_CASE("SideThread: runs its tasks one after the other on another thread", "[diff]") {
    SideThread side;
    std::thread::id ran_on;
    int order = 0, first = 0, second = 0;
    side.start([&] {
        ran_on = std::this_thread::get_id();
        first = ++order;
    });
    side.start([&] { second = ++order; });  // waits for the first
    side.join();
    CHECK(ran_on != std::this_thread::get_id());
    CHECK(first == 1);
    CHECK(second == 2);
    side.join();  // nothing left: returns at once
}

TEST_CASE("SideThread: join rethrows what the task threw, once", "[diff]") {
    SideThread side;
    side.start([] { throw std::runtime_error("out of memory, say"); });
    CHECK_THROWS_WITH(side.join(), "out of memory, say");
    CHECK_NOTHROW(side.join());
    // A later task runs normally.
    bool ran = false;
    side.start([&] { ran = true; });
    side.join();
    CHECK(ran);
}

TEST_CASE("SideThread: leaving its scope waits for the task, even by an exception", "[diff]") {
    std::atomic<bool> done{false};
    try {
        SideThread side;
        side.start([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            done = true;
        });
        throw std::logic_error("the caller fails meanwhile");
    } catch (const std::logic_error&) {
    }
    CHECK(done);
}

TEST_CASE("SideThread: threads are kept for the next task, and busy ones are not shared", "[diff]") {
    std::thread::id first_thread, second_thread;
    {
        SideThread side;
        side.start([&] { first_thread = std::this_thread::get_id(); });
        side.join();
    }
    {
        SideThread side;  // a new owner: the idle thread serves it
        side.start([&] { second_thread = std::this_thread::get_id(); });
        side.join();
    }
    CHECK(first_thread == second_thread);
    // Two owners at work at once run on two threads (one waits for the other here: one shared
    // thread would never finish).
    std::promise<void> released;
    std::shared_future<void> release = released.get_future().share();
    std::thread::id a, b;
    SideThread one, two;
    one.start([&] {
        a = std::this_thread::get_id();
        release.wait();
    });
    two.start([&] {
        b = std::this_thread::get_id();
        released.set_value();
    });
    one.join();
    two.join();
    CHECK(a != b);
}

TEST_CASE("SideThread: a move-only task is released on its thread before join returns", "[diff]") {
    auto owned = std::make_shared<int>(7);
    std::weak_ptr<int> watch = owned;
    std::promise<int> promise;
    std::future<int> result = promise.get_future();
    SideThread side;
    side.start([p = std::move(promise), held = std::move(owned)]() mutable { p.set_value(*held); });
    CHECK(result.get() == 7);
    side.join();
    CHECK(watch.expired());  // the task and what it held are gone
    // A task that fails without keeping its promise: the waiter learns it at once.
    std::promise<int> unkept;
    std::future<int> never = unkept.get_future();
    side.start([p = std::move(unkept)]() mutable { throw std::runtime_error("failed early"); });
    CHECK_THROWS_AS(never.get(), std::future_error);
    CHECK_THROWS_WITH(side.join(), "failed early");
}
