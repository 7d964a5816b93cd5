// `parse --format akn`: Akoma Ntoso 3.0 after the AKN4UN guidelines. See docs/akn.md.
//
// Plain string building: every piece of document text goes through escape_xml (akn_xml.hpp)
// or marked_text (akn_inline.hpp), attribute values included. Structure elements are indented;
// the inside of a <p> is written on one line, so the text content of a <p> is exactly its words.

#include "render/akn_render.hpp"

#include "render/akn_inline.hpp"
#include "render/akn_xml.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace resdiff::render {

using detail::escape_xml;
using model::Clause;
using model::ClauseKind;
using model::Document;

namespace {

constexpr std::string_view kUnknownDate = "0001-01-01";

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// ASCII letters and digits kept, every other byte becomes '-'.
std::string eid_segment(std::string_view s) {
    std::string out;
    for (char c : s) out += is_alnum(c) ? c : '-';
    return out;
}

std::string indent(int level) { return std::string(static_cast<std::size_t>(level) * 2, ' '); }

// ---- identification -----------------------------------------------------------------------------

struct Organ {
    std::string eid;       // "unsc"
    std::string show_as;   // "Security Council"
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

Organ organ_of(const Document& doc) {
    const std::string organ = doc.metadata.organ.value_or("");
    const std::string symbol = doc.metadata.symbol.value_or("");
    if (organ == "Security Council" || (organ.empty() && starts_with(symbol, "S/")))
        return {"unsc", "Security Council"};
    if (organ == "Human Rights Council" || (organ.empty() && starts_with(symbol, "A/HRC/")))
        return {"unhrc", "Human Rights Council"};
    if (organ == "General Assembly" || (organ.empty() && starts_with(symbol, "A/")))
        return {"unga", "General Assembly"};
    if (organ == "Economic and Social Council" || (organ.empty() && starts_with(symbol, "E/")))
        return {"ecosoc", "Economic and Social Council"};
    if (!organ.empty()) {
        std::string eid;
        for (char c : organ)
            if (is_alnum(c)) eid += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return {eid.empty() ? "organ" : eid, organ};
    }
    return {"un", "United Nations"};
}

// The number component of the work IRI: "S/RES/1445 (2002)" -> "1445", "A/RES/80/1" -> "80-1",
// anything else (draft symbols) the symbol with every run of other characters turned into one
// '-' ("S/2026/101" -> "S-2026-101", "A/80/L.2/Rev.1" -> "A-80-L-2-Rev-1"); "unnumbered" without one.
std::string work_number(const std::optional<std::string>& symbol) {
    if (!symbol || symbol->empty()) return "unnumbered";
    std::string_view s = *symbol;
    std::string out;
    if (starts_with(s, "S/RES/")) {
        for (std::size_t i = 6; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) out += s[i];
        if (!out.empty()) return out;
    }
    if (starts_with(s, "A/RES/")) s.remove_prefix(6);
    for (char c : s) {
        if (is_alnum(c)) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "unnumbered" : out;
}

struct Identity {
    Organ organ;
    std::string date;       // ISO date, or kUnknownDate
    std::string date_name;  // "adoption", "distribution" or "unknown"
    std::string work;       // /akn/un/statement/deliberation/unsc/2002-12-04/1445
    std::string expression; // work + "/eng@" + date
    std::string name;       // "resolution" / "resolutionDraft"
};

Identity identity_of(const Document& doc) {
    Identity id;
    id.organ = organ_of(doc);
    const bool dated = doc.metadata.date && !doc.metadata.date->empty();
    id.date = dated ? *doc.metadata.date : std::string(kUnknownDate);
    id.date_name = !dated ? "unknown" : doc.metadata.draft ? "distribution" : "adoption";
    id.work = "/akn/un/statement/deliberation/" + id.organ.eid + "/" + id.date + "/" + work_number(doc.metadata.symbol);
    id.expression = id.work + "/eng@" + id.date;
    id.name = doc.metadata.draft ? "resolutionDraft" : "resolution";
    return id;
}

// <identification> for the main document (component "main") or an annex ("annex_1").
void write_identification(std::string& o, const Identity& id, const std::optional<std::string>& symbol,
                          const std::string& component, int lvl) {
    const std::string in = indent(lvl);
    const std::string author = "<FRBRauthor href=\"#" + escape_xml(id.organ.eid) + "\" as=\"#author\"/>\n";
    const std::string date = "<FRBRdate date=\"" + escape_xml(id.date) + "\" name=\"" + id.date_name + "\"/>\n";
    o += in + "<identification source=\"#resdiff\">\n";
    o += in + "  <FRBRWork>\n";
    o += in + "    <FRBRthis value=\"" + escape_xml(id.work + "/!" + component) + "\"/>\n";
    o += in + "    <FRBRuri value=\"" + escape_xml(id.work) + "\"/>\n";
    if (symbol && !symbol->empty())
        o += in + "    <FRBRalias value=\"" + escape_xml(*symbol) + "\" name=\"UNSymbol\"/>\n";
    o += in + "    " + date;
    o += in + "    " + author;
    o += in + "    <FRBRcountry value=\"un\"/>\n";
    o += in + "    <FRBRsubtype value=\"deliberation\"/>\n";
    o += in + "    <FRBRnumber value=\"" + escape_xml(id.work.substr(id.work.rfind('/') + 1)) + "\"/>\n";
    o += in + "    <FRBRname value=\"" + id.name + "\"/>\n";
    o += in + "  </FRBRWork>\n";
    o += in + "  <FRBRExpression>\n";
    o += in + "    <FRBRthis value=\"" + escape_xml(id.expression + "/!" + component) + "\"/>\n";
    o += in + "    <FRBRuri value=\"" + escape_xml(id.expression) + "\"/>\n";
    o += in + "    " + date;
    o += in + "    " + author;
    o += in + "    <FRBRlanguage language=\"eng\"/>\n";
    o += in + "  </FRBRExpression>\n";
    o += in + "  <FRBRManifestation>\n";
    o += in + "    <FRBRthis value=\"" + escape_xml(id.expression + "/!" + component + ".xml") + "\"/>\n";
    o += in + "    <FRBRuri value=\"" + escape_xml(id.expression + ".akn") + "\"/>\n";
    o += in + "    " + date;
    o += in + "    <FRBRauthor href=\"#resdiff\" as=\"#editor\"/>\n";
    o += in + "  </FRBRManifestation>\n";
    o += in + "</identification>\n";
}

// ---- clauses ------------------------------------------------------------------------------------

const model::Footnote* footnote(const Document& doc, const std::string& label) {
    for (const auto& f : doc.footnotes)
        if (f.label == label) return &f;
    return nullptr;
}

// The clause's words with their inline mark-up, then its footnotes as authorial notes (the
// model keeps which notes a clause cites, not where: they stand at the end of its words).
std::string paragraph_xml(const Document& doc, const Clause& c, const std::string& eid) {
    std::string p = "<p>";
    if (c.lead && !c.lead->empty()) {
        const char* phrase = c.kind == ClauseKind::preambular ? "preambularPhrase" : "operativePhrase";
        p += std::string("<inline name=\"") + phrase + "\" refersTo=\"#" + phrase + "\">" + escape_xml(*c.lead) +
             "</inline>";
        if (!c.text.empty()) p += ' ';
    }
    const bool chapter_vii = doc.legal_basis.chapter_vii && doc.legal_basis.clause == c.id;
    p += detail::marked_text(c.text, detail::inline_spans(c, chapter_vii));
    std::size_t k = 0;
    for (const std::string& label : c.footnote_refs) {
        const model::Footnote* f = footnote(doc, label);
        p += "<authorialNote marker=\"" + escape_xml(label) + "\" placement=\"bottom\" eId=\"" + eid +
             "__authorialNote_" + std::to_string(++k) + "\"><p>" + (f ? escape_xml(f->text) : std::string()) +
             "</p></authorialNote>";
    }
    return p + "</p>";
}

std::string num_xml(const Clause& c) {
    if (!c.number || c.number->empty()) return {};
    const std::string n = escape_xml(*c.number);
    return "<num>" + (c.kind == ClauseKind::subparagraph ? "(" + n + ")" : n + ".") + "</num>";
}

// One top-level clause and its sub-paragraphs, without recursion (depth comes from the input).
// Operative: paragraph > intro + list > point (hierarchical elements). Preambular: container >
// p + blockList > item (blocks, which is what a preamble container may hold).
void write_clause(std::string& o, const Document& doc, const Clause& top, int lvl) {
    struct Task {
        const Clause* c;
        std::string eid;
        int lvl;
        bool close;
    };
    const bool preamble = top.kind == ClauseKind::preambular;
    const std::string list_element = preamble ? "blockList" : "list";
    std::vector<Task> stack;
    stack.push_back({&top, render::akn_eid(top.id), lvl, false});
    while (!stack.empty()) {
        Task t = std::move(stack.back());
        stack.pop_back();
        const Clause& c = *t.c;
        const std::string in = indent(t.lvl);
        const bool root = t.c == &top;
        const std::string element = root ? (preamble ? "container" : "paragraph") : (preamble ? "item" : "point");
        if (t.close) {
            o += in + "  </" + list_element + ">\n";
            o += in + "</" + element + ">\n";
            continue;
        }
        o += in + "<" + element;
        if (root && preamble) o += " name=\"preambularParagraph\"";
        o += " eId=\"" + t.eid + "\">\n";
        if (const std::string num = num_xml(c); !num.empty()) o += in + "  " + num + "\n";
        const std::string p = paragraph_xml(doc, c, t.eid);
        if (preamble) {
            o += in + "  " + p + "\n";
        } else if (c.children.empty()) {
            o += in + "  <content>\n" + in + "    " + p + "\n" + in + "  </content>\n";
        } else if (p != "<p></p>") {
            o += in + "  <intro>\n" + in + "    " + p + "\n" + in + "  </intro>\n";
        }
        if (c.children.empty()) {
            o += in + "</" + element + ">\n";
            continue;
        }
        o += in + "  <" + list_element + " eId=\"" + t.eid + "__list_1\">\n";
        stack.push_back({t.c, t.eid, t.lvl, true});
        for (auto it = c.children.rbegin(); it != c.children.rend(); ++it)
            stack.push_back({&*it, render::akn_eid(it->id), t.lvl + 2, false});
    }
}

// ---- document parts -----------------------------------------------------------------------------

void write_meta(std::string& o, const Document& doc, const Identity& id) {
    o += "    <meta>\n";
    write_identification(o, id, doc.metadata.symbol, "main", 3);
    if (doc.legal_basis.chapter_vii) {
        o += "      <classification source=\"#resdiff\">\n";
        o += "        <keyword eId=\"keyword_1\" value=\"chapterVII\" showAs=\"Chapter VII of the Charter of the "
             "United Nations\" dictionary=\"#resdiff\"/>\n";
        o += "      </classification>\n";
    }
    o += "      <references source=\"#resdiff\">\n";
    o += "        <TLCOrganization eId=\"" + escape_xml(id.organ.eid) + "\" href=\"/akn/ontology/organizations/un/" +
         escape_xml(id.organ.eid) + "\" showAs=\"" + escape_xml(id.organ.show_as) + "\"/>\n";
    o += "        <TLCOrganization eId=\"resdiff\" href=\"/akn/ontology/organizations/resdiff\" showAs=\"resdiff\"/>\n";
    o += "        <TLCRole eId=\"author\" href=\"/akn/ontology/roles/author\" showAs=\"Author\"/>\n";
    o += "        <TLCRole eId=\"editor\" href=\"/akn/ontology/roles/editor\" showAs=\"Editor\"/>\n";
    o += "        <TLCConcept eId=\"preambularPhrase\" href=\"/akn/ontology/concepts/un/preambularPhrase\" "
         "showAs=\"Preambular phrase\"/>\n";
    o += "        <TLCConcept eId=\"operativePhrase\" href=\"/akn/ontology/concepts/un/operativePhrase\" "
         "showAs=\"Operative phrase\"/>\n";
    if (doc.legal_basis.chapter_vii)
        o += "        <TLCConcept eId=\"chapterVII\" href=\"/akn/ontology/concepts/un/chapterVII\" "
             "showAs=\"Chapter VII of the Charter of the United Nations\"/>\n";
    o += "      </references>\n";
    // Footnotes no clause cites (notes on the heading or the adoption line) keep their place here.
    std::vector<const model::Footnote*> loose;
    for (const auto& f : doc.footnotes) {
        bool cited = false;
        model::for_each_clause(doc.clauses, [&](const Clause& c, std::size_t) {
            for (const auto& l : c.footnote_refs) cited = cited || l == f.label;
        });
        if (!cited) loose.push_back(&f);
    }
    if (!loose.empty()) {
        o += "      <notes source=\"#resdiff\">\n";
        std::size_t k = 0;
        for (const auto* f : loose)
            o += "        <note eId=\"note_" + std::to_string(++k) + "\" title=\"" + escape_xml(f->label) + "\"><p>" +
                 escape_xml(f->text) + "</p></note>\n";
        o += "      </notes>\n";
    }
    o += "    </meta>\n";
}

void write_preface(std::string& o, const Document& doc, const Identity& id) {
    const auto& m = doc.metadata;
    o += "    <preface>\n";
    o += "      <p><docAuthority refersTo=\"#" + escape_xml(id.organ.eid) + "\">" + escape_xml(id.organ.show_as) +
         "</docAuthority> <docType>" + (m.draft ? "Draft resolution" : "Resolution") + "</docType>";
    if (m.symbol && !m.symbol->empty()) o += " <docNumber>" + escape_xml(*m.symbol) + "</docNumber>";
    if (m.date && !m.date->empty())
        o += " <docDate date=\"" + escape_xml(*m.date) + "\">" + escape_xml(*m.date) + "</docDate>";
    o += "</p>\n";
    if (m.sponsors && !m.sponsors->empty())
        o += "      <p><docProponent>" + escape_xml(*m.sponsors) + "</docProponent></p>\n";
    if (m.title && !m.title->empty()) o += "      <p><docTitle>" + escape_xml(*m.title) + "</docTitle></p>\n";
    if (m.adoption && !m.adoption->empty()) o += "      <p class=\"adoption\">" + escape_xml(*m.adoption) + "</p>\n";
    o += "    </preface>\n";
}

// Lines of an annex's text, blank ones dropped.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos) nl = text.size();
        std::string line = text.substr(at, nl - at);
        const auto b = line.find_first_not_of(" \t\r");
        if (b != std::string::npos) out.push_back(line.substr(b, line.find_last_not_of(" \t\r") - b + 1));
        at = nl + 1;
    }
    return out;
}

void write_attachments(std::string& o, const Document& doc, const Identity& id) {
    if (doc.annexes.empty()) return;
    o += "    <attachments>\n";
    std::size_t k = 0;
    for (const model::Annex& a : doc.annexes) {
        const std::string n = std::to_string(++k);
        o += "      <attachment eId=\"att_" + n + "\">\n";
        o += "        <doc name=\"annex\">\n";
        o += "          <meta>\n";
        write_identification(o, id, doc.metadata.symbol, "annex_" + n, 6);
        o += "          </meta>\n";
        if (!a.title.empty())
            o += "          <preface>\n            <p><docTitle>" + escape_xml(a.title) +
                 "</docTitle></p>\n          </preface>\n";
        o += "          <mainBody>\n";
        const auto lines = lines_of(a.text);
        if (lines.empty()) o += "            <p/>\n";
        for (const auto& l : lines) o += "            <p>" + escape_xml(l) + "</p>\n";
        o += "          </mainBody>\n";
        o += "        </doc>\n";
        o += "      </attachment>\n";
    }
    o += "    </attachments>\n";
}

}  // namespace

std::string akn_eid(std::string_view clause_id) {
    const auto dot = clause_id.find('.');
    const std::string_view top = clause_id.substr(0, dot);
    std::string eid, step;
    if (top.size() > 2 && top.substr(0, 2) == "pp") {
        eid = "preamble__container_" + eid_segment(top.substr(2));
        step = "__list_1__item_";
    } else if (top.size() > 2 && top.substr(0, 2) == "op") {
        eid = "para_" + eid_segment(top.substr(2));
        step = "__list_1__point_";
    } else {
        return "clause_" + eid_segment(clause_id);
    }
    if (dot == std::string_view::npos) return eid;
    std::string_view rest = clause_id.substr(dot + 1);
    for (;;) {
        const auto next = rest.find('.');
        eid += step + eid_segment(rest.substr(0, next));
        if (next == std::string_view::npos) break;
        rest.remove_prefix(next + 1);
    }
    return eid;
}

void document_akn(std::ostream& out, const Document& doc) {
    const Identity id = identity_of(doc);
    std::string o;
    o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    o += "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n";
    o += "  <statement name=\"" + id.name + "\">\n";
    write_meta(o, doc, id);
    write_preface(o, doc, id);

    // Preambular paragraphs before the first operative one form the preamble; any that come
    // later (a resolution in parts A and B) stay in document order inside the main body.
    std::size_t first_op = 0;
    while (first_op < doc.clauses.size() && doc.clauses[first_op].kind == ClauseKind::preambular) ++first_op;
    const bool formula = doc.enacting_formula && !doc.enacting_formula->empty();
    if (formula || first_op > 0) {
        o += "    <preamble>\n";
        if (formula)
            o += "      <formula name=\"enactingFormula\" eId=\"preamble__formula_1\"><p>" +
                 escape_xml(*doc.enacting_formula) + "</p></formula>\n";
        for (std::size_t i = 0; i < first_op; ++i) write_clause(o, doc, doc.clauses[i], 3);
        o += "    </preamble>\n";
    }
    o += "    <mainBody>\n";
    for (std::size_t i = first_op; i < doc.clauses.size(); ++i) write_clause(o, doc, doc.clauses[i], 3);
    if (first_op == doc.clauses.size()) o += "      <p/>\n";  // mainBody is never empty
    o += "    </mainBody>\n";
    if (doc.metadata.meeting && !doc.metadata.meeting->empty())
        o += "    <conclusions>\n      <p>" + escape_xml(*doc.metadata.meeting) + "</p>\n    </conclusions>\n";
    write_attachments(o, doc, id);
    o += "  </statement>\n";
    o += "</akomaNtoso>\n";
    out << o;
}

}  // namespace resdiff::render
