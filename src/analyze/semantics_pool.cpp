#include "analyze/semantics_pool.hpp"

#include "text/hash.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

namespace {

// Chained with text::hash_bytes, which ends each piece with its length ("ab" + "c" and "a" + "bc"
// differ), and numbers as eight bytes.
void mix(std::uint64_t& h, std::string_view text) { h = text::hash_bytes(text, h); }

void mix(std::uint64_t& h, std::uint64_t value) {
    mix(h, std::string_view(reinterpret_cast<const char*>(&value), sizeof value));
}

// The presence is mixed in too: an absent string and an empty one differ.
void mix(std::uint64_t& h, const std::optional<std::string>& text) {
    mix(h, std::uint64_t{text.has_value()});
    if (text) mix(h, std::string_view(*text));
}

// The length first: {"a", "b"} in one list and {"a"}, {"b"} in two then hash apart.
void mix(std::uint64_t& h, const std::vector<std::string>& texts) {
    mix(h, std::uint64_t{texts.size()});
    for (const auto& text : texts) mix(h, std::string_view(text));
}

}  // namespace

std::size_t hash_semantics(const model::ClauseSemantics& found) {
    std::uint64_t h = 0;
    mix(h, std::uint64_t{found.obligation.has_value()});
    if (const auto& o = found.obligation) {
        mix(h, std::string_view(o->verb));
        mix(h, static_cast<std::uint64_t>(o->strength));
        mix(h, o->modal);
        mix(h, std::uint64_t{o->binding});
    }
    mix(h, std::uint64_t{found.durations.size()});
    for (const auto& d : found.durations) {
        mix(h, std::string_view(d.text));
        mix(h, d.until);
        mix(h, d.period);
        mix(h, static_cast<std::uint64_t>(d.role));
    }
    const model::Scope& s = found.scope;
    mix(h, s.places);
    mix(h, s.actors);
    mix(h, s.quantities);
    mix(h, s.tasks);
    mix(h, s.qualifiers);
    return static_cast<std::size_t>(h);
}

void SemanticsPool::intern(model::Clause& c) {
    const Box& own = c.shared_semantics();
    if (!own) return;
    // libstdc++ looks the value up before it makes a node: a value seen before costs no allocation.
    const auto [kept, inserted] = boxes_.insert(own);
    if (!inserted && !kept->shares_with(own)) c.share_semantics(*kept);
}

}  // namespace resdiff::analyze
