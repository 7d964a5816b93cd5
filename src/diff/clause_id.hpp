#pragma once
// A clause id held by a diff entry, or none, in one pointer. The differ borrows the id from the
// clause itself (the DocumentDiff's documents outlive it, as its clause pointers require); an
// entry built by hand (tests, fixtures) owns a copy. A large diff has an entry per clause of
// either version, each with up to four ids: as std::optional<std::string> they were 160 of an
// entry's 248 bytes. Reads like std::optional<std::string>.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace resdiff::diff {

class ClauseId {
public:
    ClauseId() noexcept = default;
    ClauseId(std::nullopt_t) noexcept {}
    // Owned copies.
    ClauseId(std::string id) : bits_(own(std::move(id))) {}
    ClauseId(const char* id) : ClauseId(std::string(id)) {}
    ClauseId(const std::optional<std::string>& id) : bits_(id ? own(*id) : 0) {}
    // `id` must outlive this ClauseId and its copies.
    static ClauseId borrowed(const std::string& id) noexcept {
        ClauseId out;
        out.bits_ = reinterpret_cast<std::uintptr_t>(&id);
        return out;
    }

    ClauseId(const ClauseId& other) : bits_(other.owned() ? own(*other) : other.bits_) {}
    ClauseId(ClauseId&& other) noexcept : bits_(std::exchange(other.bits_, 0)) {}
    ClauseId& operator=(ClauseId other) noexcept {
        std::swap(bits_, other.bits_);
        return *this;
    }
    ~ClauseId() {
        if (owned()) delete &**this;
    }

    bool has_value() const noexcept { return bits_ != 0; }
    explicit operator bool() const noexcept { return has_value(); }
    // Only with a value.
    const std::string& operator*() const noexcept { return *reinterpret_cast<const std::string*>(bits_ & ~owned_bit); }
    const std::string* operator->() const noexcept { return &**this; }
    std::string value_or(std::string_view fallback) const { return has_value() ? **this : std::string(fallback); }
    // For readers that keep the id beyond the documents' life.
    operator std::optional<std::string>() const {
        return has_value() ? std::optional<std::string>(**this) : std::nullopt;
    }

    // By value: two absent ids are equal, a borrowed and an owned id with the same text too.
    friend bool operator==(const ClauseId& a, const ClauseId& b) {
        return a.has_value() == b.has_value() && (!a || *a == *b);
    }
    friend bool operator==(const ClauseId& a, const std::optional<std::string>& b) {
        return a.has_value() == b.has_value() && (!a || *a == *b);
    }
    friend bool operator==(const ClauseId& a, const std::string& b) { return a && *a == b; }
    friend bool operator==(const ClauseId& a, const char* b) { return a && *a == b; }

private:
    // The low bit of the pointer (a std::string is at least 2-aligned) says the string is ours.
    static constexpr std::uintptr_t owned_bit = 1;
    static std::uintptr_t own(std::string id) {
        return reinterpret_cast<std::uintptr_t>(new std::string(std::move(id))) | owned_bit;
    }
    bool owned() const noexcept { return (bits_ & owned_bit) != 0; }

    std::uintptr_t bits_ = 0;
};

}  // namespace resdiff::diff
