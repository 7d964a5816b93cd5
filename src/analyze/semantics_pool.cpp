#include "analyze/semantics_pool.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

namespace {

// boost::hash_combine's mixing, with the 64-bit golden-ratio constant.
void mix(std::size_t& seed, std::size_t value) {
    seed ^= value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

void mix(std::size_t& seed, const std::string& text) { mix(seed, std::hash<std::string_view>{}(text)); }

// The presence is mixed in too: an absent string and an empty one differ.
void mix(std::size_t& seed, const std::optional<std::string>& text) {
    mix(seed, static_cast<std::size_t>(text.has_value()));
    if (text) mix(seed, *text);
}

// The length first: {"a", "b"} in one list and {"a"}, {"b"} in two then hash apart.
void mix(std::size_t& seed, const std::vector<std::string>& texts) {
    mix(seed, texts.size());
    for (const auto& text : texts) mix(seed, text);
}

}  // namespace

std::size_t hash_semantics(const model::ClauseSemantics& found) {
    std::size_t seed = 0;
    mix(seed, static_cast<std::size_t>(found.obligation.has_value()));
    if (const auto& o = found.obligation) {
        mix(seed, o->verb);
        mix(seed, static_cast<std::size_t>(o->strength));
        mix(seed, o->modal);
        mix(seed, static_cast<std::size_t>(o->binding));
    }
    mix(seed, found.durations.size());
    for (const auto& d : found.durations) {
        mix(seed, d.text);
        mix(seed, d.until);
        mix(seed, d.period);
        mix(seed, static_cast<std::size_t>(d.role));
    }
    const model::Scope& s = found.scope;
    mix(seed, s.places);
    mix(seed, s.actors);
    mix(seed, s.quantities);
    mix(seed, s.tasks);
    mix(seed, s.qualifiers);
    return seed;
}

void SemanticsPool::intern(model::Clause& c) {
    const Box& own = c.shared_semantics();
    if (!own) return;
    // libstdc++ looks the value up before it makes a node: a value seen before costs no allocation.
    const auto [kept, inserted] = boxes_.insert(own);
    if (!inserted && !kept->shares_with(own)) c.share_semantics(*kept);
}

}  // namespace resdiff::analyze
