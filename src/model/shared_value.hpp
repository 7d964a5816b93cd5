#pragma once
// A value of T kept on the heap, or nothing: one pointer in the owner, so that a member that
// most owners never fill costs 8 bytes, not sizeof(T). Copies share the value (copy-on-write):
// equal values found in many owners can live in one allocation, and a writer gets a box of its
// own first when the box is shared, so an owner's defaulted copy operations keep value
// semantics. Not std::shared_ptr, which is two pointers.
//
// Thread safety as for a shared_ptr: the count is atomic, so owners of one box may be copied,
// written (which detaches) and destroyed on different threads; one owner is not to be written
// while another thread uses that same owner.

#include <atomic>
#include <cstddef>
#include <utility>

namespace resdiff::model {

template <class T>
class SharedValue {
public:
    SharedValue() noexcept = default;
    explicit SharedValue(T value) : node_(new Node{std::move(value)}) {}

    SharedValue(const SharedValue& other) noexcept : node_(other.node_) {
        // Relaxed: a new owner is made from an existing one, which keeps the box alive meanwhile.
        if (node_) node_->owners.fetch_add(1, std::memory_order_relaxed);
    }
    // A moved-from box is empty.
    SharedValue(SharedValue&& other) noexcept : node_(std::exchange(other.node_, nullptr)) {}
    SharedValue& operator=(const SharedValue& other) noexcept {
        SharedValue(other).swap(*this);
        return *this;
    }
    SharedValue& operator=(SharedValue&& other) noexcept {
        SharedValue(std::move(other)).swap(*this);
        return *this;
    }
    ~SharedValue() { release(); }

    void swap(SharedValue& other) noexcept { std::swap(node_, other.node_); }

    bool has_value() const noexcept { return node_ != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }

    // Reading, only with a value. No non-const access: a write must go through a writer below.
    const T& operator*() const noexcept { return node_->value; }
    const T* operator->() const noexcept { return &node_->value; }

    // Whether both hold the very same box (not merely equal values).
    bool shares_with(const SharedValue& other) const noexcept { return node_ && node_ == other.node_; }
    // How many owners hold this box (0 when empty); for tests and assertions.
    std::size_t owners() const noexcept { return node_ ? node_->owners.load(std::memory_order_acquire) : 0; }

    // Writers. Each leaves this owner alone with its box, copying the value out of a shared one.
    // The value, made (default-constructed) first when there is none.
    T& get_or_make() {
        if (!node_) node_ = new Node{T()};
        else detach();
        return node_->value;
    }
    // Replaces the value; an unshared box is reused, a shared one is left to its other owners.
    void assign(T value) {
        if (node_ && alone()) {
            node_->value = std::move(value);
            return;
        }
        release();
        node_ = new Node{std::move(value)};
    }
    void reset() noexcept {
        release();
        node_ = nullptr;
    }

private:
    struct Node {
        explicit Node(T v) : value(std::move(v)) {}
        std::atomic<std::size_t> owners{1};
        T value;
    };

    // Acquire: the other owners' last reads of the value, before they let go (release), come
    // before this owner writes to it.
    bool alone() const noexcept { return node_->owners.load(std::memory_order_acquire) == 1; }

    void detach() {
        if (alone()) return;
        Node* own = new Node{node_->value};
        release();
        node_ = own;
    }

    // Leaves node_ dangling: callers set it next.
    void release() noexcept {
        if (node_ && node_->owners.fetch_sub(1, std::memory_order_acq_rel) == 1) delete node_;
    }

    Node* node_ = nullptr;
};

}  // namespace resdiff::model
