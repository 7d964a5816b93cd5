// The analysis splits each clause once and hands the same words to every scanner; these tests
// check that nothing drifts from the way each scanner used to split its own text: the splitter
// against text::tokenize, the shortcuts (run-on lead, task label, acronym filter, number
// lookup) against the plain computation, and analyze_document against the scanners composed
// one by one. Texts are drawn from pieces that stress the tokenizer: joiners, typographic
// variants, invalid UTF-8, long words near the byte limits where prefixes are cut.

#include "analyze/acronyms.hpp"
#include "analyze/analyze_document.hpp"
#include "analyze/durations.hpp"
#include "analyze/legal_basis.hpp"
#include "analyze/lexicon.hpp"
#include "analyze/mandates.hpp"
#include "analyze/numbers.hpp"
#include "analyze/obligations.hpp"
#include "analyze/scope.hpp"
#include "analyze/words.hpp"
#include "clause_builder.hpp"
#include "support/paths.hpp"
#include "text/fold.hpp"
#include "text/tokenize.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace resdiff::analyze;
namespace model = resdiff::model;

namespace {

const std::vector<std::string>& pieces() {
    static const std::vector<std::string> p = {
        "Decides", "decides", "Calls", "upon", "Requests", "further", "to", "extend", "the",
        "mandate", "of", "United", "Nations", "Interim", "Force", "in", "Lebanon", "(UNIFIL)",
        "UNIFIL", "(", ")", "(DRC)", "Democratic Republic of the Congo", "until", "31", "May",
        "2023", "for", "a", "period", "twelve", "months", "six-month", "no", "later", "than",
        "by", "within", "every", "three", "annually", "semi-annual", "report", "on", "basis",
        "shall", "may", "must", "Article", "25", "Chapter", "VII", "acting", "under", "19,626",
        "1.5", "S/RES/1445", "A/80/L.2", "troops", "personnel", "up", "$", "US$", "50",
        "million", "Kidal", "Ménaka", "Côte d\u2019Ivoire", "d'Ivoire", "non\u2011proliferation",
        "inter\u00ADnational", "\u2212", "5\u22123", "\u201Cquoted\u201D", "\u2019", "'", "-",
        "/", ".", ",", ";", ":", "\u00A0", "\u2007", "\u202F", "\u200B", "\uFEFF", "\t", "\n",
        "\xC3", "\xE2\x80", "\xFF", "\x80", "\xF0\x9F\x98\x80", "\u00AB", "\u00BB", "\u00B0",
        "\u2013", "\u2014", "é", "including", "inter alia", "all necessary means", "only",
        "Security Council", "Secretary-General", "Member States", "that", "be", "renewed", "is",
        "To", "establish", "Expresses", "its", "deep", "concern", "Takes note with appreciation",
        "occupied Palestinian territory", "Occupied", "twenty-one", "hundred", "and", "eighty",
        "(3)", "week", "i.e.", "that is,", "expiring", "the end of", "December",
        "G5", "AU-UN", "(MINUSMA )", "MONUSCO-2", "(S/2019/266)",
    };
    return p;
}

// A text of `n` pieces joined by a space, nothing, or a non-ASCII blank.
std::string random_text(std::mt19937& rng, std::size_t n) {
    const auto& p = pieces();
    std::uniform_int_distribution<std::size_t> pick(0, p.size() - 1);
    std::uniform_int_distribution<int> sep(0, 9);
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
        s += p[pick(rng)];
        const int k = sep(rng);
        s += k < 7 ? " " : k < 9 ? "" : "\u00A0";
    }
    return s;
}

// A long word that puts the next words near a byte limit (the 120 bytes a run-on lead reads,
// the 200-240 bytes a task label reads).
std::string long_word(std::mt19937& rng) {
    std::uniform_int_distribution<std::size_t> len(80, 230);
    return std::string(len(rng), 'x');
}

std::string describe(const std::optional<model::Obligation>& o) {
    if (!o) return "-";
    return o->verb + "|" + std::to_string(o->strength) + "|" + o->modal.value_or("-") + "|" +
           (o->binding ? "b" : "n");
}

std::string describe(const model::Clause& c) {
    std::ostringstream out;
    const model::ClauseSemantics& found = c.semantics();
    out << c.id << " " << describe(found.obligation) << " D:";
    for (const auto& d : found.durations) {
        out << "[" << d.text << "|" << d.until.value_or("-") << "|" << d.period.value_or("-") << "|"
            << model::to_string(d.role) << "]";
    }
    for (const auto* list : {&found.scope.places, &found.scope.actors, &found.scope.quantities,
                             &found.scope.tasks, &found.scope.qualifiers}) {
        out << " {";
        for (const auto& s : *list) out << s << "|";
        out << "}";
    }
    return out.str();
}

std::string describe(const model::Mandate& m) {
    std::string s = m.clause + "|" + m.verb + "|" + m.action + "|" + m.actor.value_or("-") + "|" +
                    m.until.value_or("-") + "|" + m.period.value_or("-");
    for (const auto& p : m.places) s += "|p:" + p;
    for (const auto& t : m.tasks) s += "|t:" + t;
    return s;
}

std::vector<std::string> describe(const model::Document& doc) {
    std::vector<std::string> out;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        out.push_back(describe(c));
    });
    for (const auto& m : doc.mandates) out.push_back(describe(m));
    for (const auto& w : doc.warnings) {
        out.push_back(std::to_string(w.line) + ":" + std::to_string(w.column) + ":" + w.message);
    }
    out.push_back(doc.legal_basis.chapter_vii ? "VII " + doc.legal_basis.clause.value_or("") : "-");
    return out;
}

// analyze_document as the scanners composed one by one, each splitting its own text.
void analyze_one_by_one(model::Document& doc, const Lexicon& lexicon) {
    doc.legal_basis = find_legal_basis(doc);
    DocumentNames defined;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        learn_acronyms(split_words(c.text), lexicon, defined);  // no filter
    });
    for (const auto& annex : doc.annexes) learn_acronyms(split_words(annex.text), lexicon, defined);
    std::vector<model::Warning> unknown;
    model::for_each_clause(doc.clauses, [&](model::Clause& c, std::size_t) {
        bool known = false;
        model::ClauseSemantics found;
        found.obligation = obligation_of(c, lexicon, doc.legal_basis.chapter_vii, &known);
        if (c.kind == model::ClauseKind::operative && c.lead && !known) {
            unknown.push_back(model::Warning{c.line, c.column == 0 ? 1 : c.column,
                                             "unknown operative phrase \"" + *c.lead + "\""});
        }
        found.durations = find_durations(c.text, lexicon);
        found.scope = scope_of(c, lexicon, defined);
        c.set_semantics(std::move(found));
    });
    for (auto& w : unknown) doc.warnings.push_back(std::move(w));
    doc.mandates = find_mandates(doc, lexicon, defined);
}

}  // namespace

TEST_CASE("split_words gives text::tokenize's tokens, folded and lower-cased", "[analyze]") {
    std::mt19937 rng(7);
    std::vector<std::string> texts = {
        "",
        " ",
        "Côte d\u2019Ivoire (UNOCI): 19,626 troops",
        "S/RES/1445 (2002) and A/80/L.2.x, 1.5.6, a.b, 3,a",
        "word\xC3",             // truncated sequence at the end
        "\xE2\x80\x99States",   // a quote, then a word
        "States\xE2\x80\x99",   // a quote at the very end
        "inter\u00ADnational \u00AD \u200B\uFEFF x\u2011y \u2212 5\u22123",
        "\xFF\xFE\x80 abc\x80" "def",
    };
    for (int i = 0; i < 400; ++i) texts.push_back(random_text(rng, 1 + i % 40));
    Words reused;
    for (const auto& text : texts) {
        INFO(text);
        const auto tokens = resdiff::text::tokenize(text);
        const auto words = split_words(text);
        split_words(text, reused);
        REQUIRE(words.size() == tokens.size());
        REQUIRE(reused.size() == tokens.size());
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            const auto& t = tokens[k];
            const auto& w = words[k];
            CHECK(w.text == t.text);
            CHECK(w.begin == static_cast<std::size_t>(t.text.data() - text.data()));
            CHECK(w.end == w.begin + t.text.size());
            CHECK(w.key == t.key);
            CHECK(w.lower == resdiff::text::ascii_lower(t.key));
            CHECK(w.hash == word_hash(w.lower));
            CHECK(w.number == (t.kind == resdiff::text::TokenKind::number));
            CHECK(w.punct == (t.kind == resdiff::text::TokenKind::punct));
            CHECK(reused[k].key == w.key);
            CHECK(reused[k].lower == w.lower);
        }
    }
}

TEST_CASE("a lead's run-on read from the whole text's words, as from its first 120 bytes",
          "[analyze]") {
    const auto& lex = Lexicon::builtin();
    std::mt19937 rng(11);
    for (int i = 0; i < 600; ++i) {
        const std::string lead = i % 3 == 0 ? "Calls" : i % 3 == 1 ? "Takes" : "Decides";
        std::string text = (i % 2 ? long_word(rng) + " " : std::string()) + random_text(rng, 30);
        if (i % 5 == 0) text = random_text(rng, 3) + long_word(rng) + "\u2019s upon note";
        INFO(text);
        const auto words = split_words(text);
        const auto a = lex.operative_lead(lead, text);
        const auto b = lex.operative_lead(split_words(lead), text, words);
        CHECK(a.entry == b.entry);
        CHECK(a.text_words == b.text_words);
        CHECK(lead_phrase(lead, text, a.text_words) == lead_phrase(lead, text, words, b.text_words));
    }
}

TEST_CASE("a task label from the clause's words, as from its first 200-odd bytes", "[analyze]") {
    std::mt19937 rng(13);
    for (int i = 0; i < 800; ++i) {
        std::string text;
        while (text.size() < 190 + static_cast<std::size_t>(i % 60)) {
            text += random_text(rng, 1);
            if (i % 4 == 0) text += "é";
        }
        if (i % 3 == 0) text += "\u2019 " + long_word(rng) + " tail";
        text += " " + random_text(rng, 20);
        const auto child = resdiff::testing::sub("op1.a", text);
        INFO(text);
        CHECK(task_label(child, split_words(text)) == task_label(child));
    }
}

TEST_CASE("a text that may_define_acronym turns away defines nothing", "[analyze]") {
    const auto& lex = Lexicon::builtin();
    std::mt19937 rng(17);
    int defining = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string text = random_text(rng, 12);
        DocumentNames names;
        learn_acronyms(split_words(text), lex, names);
        const bool defines = names.actors.size() + names.places.size() > 0;
        defining += defines;
        INFO(text);
        if (defines) CHECK(may_define_acronym(text));
    }
    CHECK(defining > 0);
    CHECK_FALSE(may_define_acronym("no definition (here) or ( 12) or (un)"));
    CHECK(may_define_acronym("the Force ( UNIFIL)"));
    CHECK(may_define_acronym("the Force (\u00A0UNIFIL)"));
    CHECK(may_define_acronym("the Group of Five for the Sahel (G5-SAHEL )"));
    CHECK(may_define_acronym("the Force (UNIFIL\u00A0)"));
    // Symbols, years and one capital are not acronyms: such texts are not split at all.
    CHECK_FALSE(may_define_acronym("its report (S/2019/266) and resolution (A/RES/60/1)"));
    CHECK_FALSE(may_define_acronym("the Group (G5) in (2019)"));
    CHECK_FALSE(may_define_acronym("(UN Women) and (UNIFIL"));
}

TEST_CASE("a corpus text that may_define_acronym turns away defines nothing", "[analyze][corpus]") {
    const auto corpus = resdiff::testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent");
        return;
    }
    const auto& lex = Lexicon::builtin();
    std::size_t defining = 0, skipped = 0;
    for (const auto& f : resdiff::testing::text_files(*corpus, true)) {
        const std::string file = resdiff::testing::read_file(f);
        // Every line, and every run of lines a paragraph may span.
        std::size_t start = 0;
        while (start < file.size()) {
            std::size_t end = file.find("\n\n", start);
            if (end == std::string::npos) end = file.size();
            const std::string_view text(file.data() + start, end - start);
            DocumentNames names;
            learn_acronyms(split_words(text), lex, names);
            const bool defines = names.actors.size() + names.places.size() > 0;
            defining += defines;
            skipped += !may_define_acronym(text);
            INFO(f.filename().string() << ": " << text);
            if (defines) CHECK(may_define_acronym(text));
            start = end + 2;
        }
    }
    CHECK(defining > 100);
    CHECK(skipped > 1000);
}

TEST_CASE("number words looked up by their hash, as by their text", "[analyze]") {
    const auto& lex = Lexicon::builtin();
    const auto w = split_words("twelve twenty-one Twelve 19,626 hundred and eighty one-time x");
    for (const auto& word : w) {
        INFO(word.text);
        CHECK(number_value(word, lex) == number_value(word.lower, lex));
    }
}

TEST_CASE("analyze_document gives what the scanners give one by one", "[analyze]") {
    using resdiff::testing::op;
    using resdiff::testing::pp;
    using resdiff::testing::sub;
    const auto& lex = Lexicon::builtin();
    std::mt19937 rng(19);
    for (int round = 0; round < 60; ++round) {
        model::Document doc;
        doc.clauses.push_back(pp("pp1", "Recalling", random_text(rng, 25), 3));
        doc.clauses.push_back(pp("pp2", round % 4 ? "Acting" : "Noting",
                                 "under Chapter VII of the Charter", 4));
        const char* leads[] = {"Decides", "Calls", "Authorizes", "Requests", "Frobnicates",
                               "Extends", "Decides further", ""};
        for (int k = 0; k < 8; ++k) {
            auto c = op("op" + std::to_string(k + 1), leads[(round + k) % 8],
                        (k % 3 == 0 ? "to extend the mandate of UNIFIL until 31 May 2026 " : "") +
                            random_text(rng, 5 + k * 4),
                        static_cast<std::size_t>(10 + k));
            for (int j = 0; j < k % 4; ++j) {
                auto child = sub(c.id + "." + std::string(1, static_cast<char>('a' + j)),
                                 (j % 2 ? "To renew the mandate of the Panel " : "") +
                                     random_text(rng, 4 + j * 30));
                if (j == 2) child.lead = "To establish";
                child.children.push_back(sub(child.id + ".i", random_text(rng, 6)));
                c.children.push_back(std::move(child));
            }
            doc.clauses.push_back(std::move(c));
        }
        model::Annex annex;
        annex.text = "the Group of Experts (GOE) " + random_text(rng, 10);
        doc.annexes.push_back(annex);

        model::Document expected = doc;
        analyze_one_by_one(expected, lex);
        analyze_document(doc, lex);
        CHECK(describe(doc) == describe(expected));
    }
}

TEST_CASE("learn_acronyms splits only windows around a \"(\", and learns what the whole text gives", "[analyze]") {
    // Random texts of many words, with names long enough to reach the window's edge: the names
    // learnt from the windows are those learnt from the whole text, in the same order.
    const auto& lex = Lexicon::builtin();
    std::mt19937 rng(29);
    std::uniform_int_distribution<int> words(5, 120);
    int defining = 0;
    auto entries = [](const PhraseTable& t) {
        std::vector<std::string> out;
        for (const auto& e : t.entries()) out.push_back(e.phrase + "=" + e.canonical + "/" + e.kind);
        return out;
    };
    for (int i = 0; i < 5000; ++i) {
        std::string text = random_text(rng, static_cast<std::size_t>(words(rng)));
        if (i % 3 == 0) {  // a name of 14-20 capitalised words before the acronym
            std::string name;
            for (int k = 0; k < 14 + i % 7; ++k) name += (k % 4 == 3 ? "of " : "Name ");
            text += " " + name + "(NMX) " + random_text(rng, 10);
        }
        DocumentNames whole, windows;
        learn_acronyms(split_words(text), lex, whole);
        learn_acronyms(std::string_view(text), lex, windows);
        INFO(text);
        CHECK(entries(windows.actors) == entries(whole.actors));
        CHECK(entries(windows.places) == entries(whole.places));
        defining += whole.actors.size() + whole.places.size() > 0;
    }
    CHECK(defining > 1000);
}

TEST_CASE("a mandate test's head read from the text's words, as split alone", "[analyze]") {
    // Texts around the 512 bytes at which the head is cut, with blanks of every kind near the
    // cut, and with fewer or more than the 64 words a head must hold.
    std::mt19937 rng(31);
    std::uniform_int_distribution<int> pieces_n(20, 160);
    int cut = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string text = random_text(rng, static_cast<std::size_t>(pieces_n(rng)));
        if (i % 4 == 0) text = long_word(rng) + " " + long_word(rng) + " " + text;
        if (i % 7 == 0 && text.size() > 520) text[510] = ' ';
        const Words all = split_words(text);
        const Words alone = mandate_head_words(text);
        const WordSpan head = mandate_head(text, all);
        cut += head.size() < all.size();
        INFO(text);
        REQUIRE(head.size() == alone.size());
        for (std::size_t k = 0; k < head.size(); ++k) {
            CHECK(head[k].text == alone[k].text);
            CHECK(head[k].lower == alone[k].lower);
            CHECK(head[k].punct == alone[k].punct);
        }
    }
    CHECK(cut > 100);
}

TEST_CASE("an item that may_begin_with_mandate_action turns away begins with no mandate action",
          "[analyze]") {
    const auto& lex = Lexicon::builtin();
    std::mt19937 rng(37);
    const std::vector<std::string> openings = {
        "", "To renew the mandate ", "to extend ", ", acting under Chapter VII, to establish ",
        "that the mandate shall be renewed ", "To", "that", ",", " to renew ", "\u00A0to extend ",
        "To\u00A0renew ", std::string(50, 'x') + " to extend "};
    const std::vector<std::string> leads = {"", "To renew", "To", "To establish", "Decides", "(b)",
                                            "that", " To extend", std::string(49, 'y')};
    int turned_away = 0, actions = 0;
    for (int i = 0; i < 6000; ++i) {
        const std::string lead = leads[static_cast<std::size_t>(i) % leads.size()];
        const std::string text = openings[static_cast<std::size_t>(i / 9) % openings.size()] + random_text(rng, 12);
        const bool begins = begins_with_mandate_action(lead.empty() ? text : lead + " " + text, lex);
        const bool may = may_begin_with_mandate_action(lead, text);
        actions += begins;
        turned_away += !may;
        INFO("lead \"" << lead << "\" text \"" << text << "\"");
        if (begins) CHECK(may);
    }
    CHECK(actions > 200);
    CHECK(turned_away > 1000);
}

TEST_CASE("a task label read from a short prefix, as from the whole head", "[analyze]") {
    // The label as it was read: the text's first 200-odd bytes split whole.
    auto reference = [](std::string_view text) {
        std::string_view head = text;
        if (text.size() > 240) {
            const std::size_t cut = text.find(' ', 200);
            if (cut != std::string_view::npos) head = text.substr(0, cut);
        }
        const Words w = split_words(head);
        std::size_t last = 0, count = 0;
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (w[i].punct && w[i].text != "-" && w[i].text != "'" && w[i].text != "\u2019") break;
            last = i;
            if (!w[i].punct && ++count == 8) break;
        }
        if (w.empty() || w[0].punct) return std::string();
        return std::string(span_text(head, w, 0, last));
    };
    std::mt19937 rng(41);
    std::uniform_int_distribution<int> pieces_n(1, 60);
    for (int i = 0; i < 5000; ++i) {
        std::string text = random_text(rng, static_cast<std::size_t>(pieces_n(rng)));
        if (i % 5 == 0) text = long_word(rng).substr(0, 70) + "\u2019s " + text;
        if (i % 3 == 0) {  // words only, so that labels run to their eighth word
            text.clear();
            for (int k = 0; k < 12; ++k) text += (k % 3 ? "extend\u00A0" : "the ");
            text += random_text(rng, 10);
        }
        const auto child = resdiff::testing::sub("op1.a", text);
        INFO(text);
        CHECK(task_label(child) == reference(text));
    }
}
