#pragma once
// A value of T kept on the heap, or nothing: one pointer in the owner, so that a member that
// most owners never fill costs 8 bytes, not sizeof(T). Value semantics, unlike unique_ptr:
// copying copies the T (a copied owner shares nothing with its original), so an owner's
// defaulted copy operations stay right.

#include <memory>
#include <utility>

namespace resdiff::model {

template <class T>
class Boxed {
public:
    Boxed() noexcept = default;
    explicit Boxed(T value) : box_(std::make_unique<T>(std::move(value))) {}

    Boxed(const Boxed& other) : box_(other.box_ ? std::make_unique<T>(*other.box_) : nullptr) {}
    // A moved-from box is empty.
    Boxed(Boxed&&) noexcept = default;
    Boxed& operator=(const Boxed& other) {
        if (!other.box_) box_.reset();
        else if (box_) *box_ = *other.box_;  // reuses the allocation
        else box_ = std::make_unique<T>(*other.box_);
        return *this;
    }
    Boxed& operator=(Boxed&&) noexcept = default;
    ~Boxed() = default;

    bool has_value() const noexcept { return box_ != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }

    // Only with a value.
    T& operator*() noexcept { return *box_; }
    const T& operator*() const noexcept { return *box_; }
    T* operator->() noexcept { return box_.get(); }
    const T* operator->() const noexcept { return box_.get(); }

    // The value, made (default-constructed) first when there is none.
    T& get_or_make() {
        if (!box_) box_ = std::make_unique<T>();
        return *box_;
    }
    void reset() noexcept { box_.reset(); }

private:
    std::unique_ptr<T> box_;
};

}  // namespace resdiff::model
