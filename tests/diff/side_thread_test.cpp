// Tests src/diff/side_thread.hpp: a task on a second thread, its exception brought home.

#include "diff/side_thread.hpp"

#include <catch2/catch.hpp>

#include <atomic>
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
