#include "parse/lead_split.hpp"

#include "grammar/lead.hpp"

#include <algorithm>
#include <iterator>
#include <tao/pegtl.hpp>

namespace resdiff::parse {

namespace pegtl = tao::pegtl;

namespace {

// The main word of a lead: skip opening adverbs ("Further", "Strongly", "Once again").
std::string_view main_word(std::string_view lead) {
    static constexpr std::string_view adverbs[] = {
        "Further", "Also", "Strongly", "Deeply", "Gravely", "Seriously", "Firmly", "Fully", "Once",
        "again", "Again", "Urgently", "Emphatically", "Profoundly", "Greatly", "Solemnly",
        "Resolutely", "Unequivocally", "Categorically", "Vigorously", "Most", "Keenly", "Warmly",
        "Expressly", "Increasingly", "Equally", "Similarly", "Still"};
    // Old texts open with the organ as subject: "The Security Council requests ...".
    for (std::string_view subject : {"The Security Council ", "The General Assembly "})
        if (lead.substr(0, subject.size()) == subject) lead.remove_prefix(subject.size());
    std::size_t pos = 0;
    while (pos < lead.size()) {
        std::size_t end = lead.find(' ', pos);
        if (end == std::string_view::npos) end = lead.size();
        const std::string_view word = lead.substr(pos, end - pos);
        const bool adverb = std::find(std::begin(adverbs), std::end(adverbs), word) != std::end(adverbs) ||
                            word == "also" || word == "further" || word == "strongly" ||
                            word == "deeply" || word == "once" || word == "again";
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

std::string lower_ascii(std::string_view w) {
    std::string out(w);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Words with the shape of a lead that are names, not leads.
constexpr std::string_view name_words[] = {
    "United", "Nations", "States", "Members", "Parties", "Forces", "Affairs", "Rights",
    "Islands", "Emirates", "Netherlands", "Philippines", "Bahamas", "Comoros", "Maldives",
    "Seychelles", "Services", "Operations", "Peacekeeping", "Kingdom", "Governments",
    "Agreements", "Resolutions", "Articles"};

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

bool is_known_lead(std::string_view lead) {
    const std::string w = lower_ascii(main_word(lead));
    // A root counts only with an inflection after it: "commit" + "ted", never "commit" + "tee".
    static constexpr std::string_view endings[] = {"", "s", "es", "e", "ed", "d", "ing", "ting", "ted", "ts",
                                                   "ies", "ied", "y", "ying", "ly", "ely", "zing", "zes",
                                                   "sing", "ses", "ful", "ant", "ous"};
    return std::any_of(std::begin(known_roots), std::end(known_roots), [&](std::string_view root) {
        if (std::string_view(w).substr(0, root.size()) != root) return false;
        const std::string_view rest = std::string_view(w).substr(root.size());
        return std::find(std::begin(endings), std::end(endings), rest) != std::end(endings);
    });
}

bool looks_like_paragraph_start(std::string_view text) {
    const std::size_t len = lead_length(text);
    if (len == 0) return false;
    std::size_t start = 0;
    while (start < len && (text[start] == ' ' || text[start] == '\t' ||
                           static_cast<unsigned char>(text[start]) >= 0x80))
        ++start;
    const std::string_view lead = text.substr(start, len - start);
    const std::string_view w = main_word(lead);
    if (std::find(std::begin(name_words), std::end(name_words), w) != std::end(name_words)) return false;
    if (is_known_lead(lead)) return true;
    return ends_with(w, "ing") || ends_with(w, "ed") || (ends_with(w, "es") && w.size() > 5);
}

}  // namespace resdiff::parse
