#include "parse/lead_split.hpp"

#include "grammar/lead.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>
#include <tao/pegtl.hpp>

namespace resdiff::parse {

namespace pegtl = tao::pegtl;

namespace {

// Adverbs that open a lead before its main word, in byte order for a binary search (the
// lead of every paragraph is looked up).
constexpr std::string_view adverbs[] = {
    "Again", "Also", "Categorically", "Deeply", "Emphatically", "Equally", "Expressly", "Firmly",
    "Fully", "Further", "Gravely", "Greatly", "Increasingly", "Keenly", "Most", "Once", "Profoundly",
    "Resolutely", "Seriously", "Similarly", "Solemnly", "Still", "Strongly", "Unequivocally", "Urgently",
    "Vigorously", "Warmly", "again", "also", "deeply", "further", "once", "strongly"};
static_assert(std::is_sorted(std::begin(adverbs), std::end(adverbs)));

// The main word of a lead: skip opening adverbs ("Further", "Strongly", "Once again").
std::string_view main_word(std::string_view lead) {
    // Old texts open with the organ as subject: "The Security Council requests ...".
    for (std::string_view subject : {"The Security Council ", "The General Assembly "})
        if (lead.substr(0, subject.size()) == subject) lead.remove_prefix(subject.size());
    std::size_t pos = 0;
    while (pos < lead.size()) {
        std::size_t end = lead.find(' ', pos);
        if (end == std::string_view::npos) end = lead.size();
        const std::string_view word = lead.substr(pos, end - pos);
        const bool adverb = std::binary_search(std::begin(adverbs), std::end(adverbs), word);
        if (!adverb || end == lead.size()) return word;
        pos = end + 1;
    }
    return lead;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Roots of the words that open resolution paragraphs, lower-cased, without inflection.
constexpr std::string_view known_roots[] = {
    "decid", "request", "recall", "reaffirm", "call", "urg", "encourag", "invit", "welcom",
    "tak", "not", "demand", "authoriz", "authoris", "condemn", "stress", "emphasiz", "emphasis",
    "underlin", "underscor", "reiterat", "express", "appeal", "endors", "approv", "commend",
    "determin", "order", "affirm", "acknowledg", "recogniz", "recognis", "consider", "bear",
    "keep", "act", "hav", "concern", "alarm", "mindful", "awar", "cognizant", "conscious",
    "convinc", "desir", "anxious", "commit", "regret", "deplor", "reject", "declar", "recommend",
    "support", "renew", "extend", "establish", "appoint", "elect", "adopt", "agre", "confirm",
    "direct", "instruct", "insist", "warn", "review", "remind", "empower", "designat", "suggest",
    "believ", "deem", "observ", "highlight", "appreciat", "thank", "congratulat", "commemorat",
    "resolv", "proclaim", "launch", "continu", "look", "pay", "pledg", "promot", "fear",
    "respond", "reckon", "guid", "reali", "seiz", "disturb", "shock", "outrag", "satisf",
    "pleas", "grav", "deep", "emphasi", "conced", "accept", "resum", "suspend", "terminat",
    "lift", "impos", "mandat", "solicit", "applaud", "salut", "honour", "honor", "pay", "remain",
    "exhort"};

// The roots grouped by first letter: a word is compared with the dozen roots that share its
// first letter, not with all of them.
struct RootIndex {
    std::array<std::vector<std::string_view>, 26> by_letter;
    RootIndex() {
        for (std::string_view root : known_roots) by_letter[static_cast<std::size_t>(root.front() - 'a')].push_back(root);
    }
};

// A root counts only with an inflection after it: "commit" + "ted", never "commit" + "tee".
constexpr std::string_view endings[] = {"", "s", "es", "e", "ed", "d", "ing", "ting", "ted", "ts",
                                        "ies", "ied", "y", "ying", "ly", "ely", "zing", "zes",
                                        "sing", "ses", "ful", "ant", "ous"};

constexpr std::size_t longest(const auto& list) {
    std::size_t n = 0;
    for (std::string_view s : list) n = std::max(n, s.size());
    return n;
}
// No word longer than a root and an ending together can be known.
constexpr std::size_t kLongestKnown = longest(known_roots) + longest(endings);

// `word` (any case) is a known root with one of the endings.
bool is_known_word(std::string_view word) {
    static const RootIndex index;
    if (word.empty() || word.size() > kLongestKnown) return false;
    std::array<char, kLongestKnown> lower{};  // lower-cased on the stack, not in a new string
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const std::string_view w(lower.data(), word.size());
    if (w.front() < 'a' || w.front() > 'z') return false;
    for (std::string_view root : index.by_letter[static_cast<std::size_t>(w.front() - 'a')]) {
        if (w.substr(0, root.size()) != root) continue;
        if (std::find(std::begin(endings), std::end(endings), w.substr(root.size())) != std::end(endings)) return true;
    }
    return false;
}

// Words with the shape of a lead that are names, not leads (byte order, for a binary search).
constexpr std::string_view name_words[] = {
    "Affairs", "Agreements", "Articles", "Bahamas", "Comoros", "Emirates", "Forces", "Governments",
    "Islands", "Kingdom", "Maldives", "Members", "Nations", "Netherlands", "Operations", "Parties",
    "Peacekeeping", "Philippines", "Resolutions", "Rights", "Services", "Seychelles", "States", "United"};
static_assert(std::is_sorted(std::begin(name_words), std::end(name_words)));

}  // namespace

std::size_t lead_length(std::string_view text) {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "");
    const char* start = in.current();
    // Skip the blanks and press quote in front of the lead: the lead starts after them.
    pegtl::parse<pegtl::seq<grammar::blanks, pegtl::opt<grammar::left_dquote>, grammar::blanks>>(in);
    const char* lead_start = in.current();
    if (!pegtl::parse<grammar::lead>(in)) return 0;
    (void)start;
    return static_cast<std::size_t>(in.current() - text.data()) -
           static_cast<std::size_t>(lead_start - text.data()) +
           static_cast<std::size_t>(lead_start - text.data());
}

bool is_operative_lead(std::string_view lead) {
    const std::string_view w = main_word(lead);
    if (w.empty()) return false;
    if (ends_with(w, "ous") || ends_with(w, "ss")) return false;  // "Conscious", "Anxious"
    return ends_with(w, "s");
}

bool is_known_lead(std::string_view lead) { return is_known_word(main_word(lead)); }

bool looks_like_paragraph_start(std::string_view text) {
    const std::size_t len = lead_length(text);
    if (len == 0) return false;
    std::size_t start = 0;
    while (start < len && (text[start] == ' ' || text[start] == '\t' ||
                           static_cast<unsigned char>(text[start]) >= 0x80))
        ++start;
    const std::string_view lead = text.substr(start, len - start);
    const std::string_view w = main_word(lead);
    if (std::binary_search(std::begin(name_words), std::end(name_words), w)) return false;
    if (is_known_word(w)) return true;
    return ends_with(w, "ing") || ends_with(w, "ed") || (ends_with(w, "es") && w.size() > 5);
}

}  // namespace resdiff::parse
