#include "render/json_values.hpp"

#include "render/labels.hpp"

#include <ostream>
#include <vector>

namespace resdiff::render::detail {

namespace {

Json strings(const std::vector<std::string>& v) {
    Json a = Json::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}

Json obligation_json(const std::optional<model::Obligation>& o) {
    if (!o) return nullptr;
    Json j = Json::object();
    j["verb"] = o->verb;
    j["strength"] = o->strength;
    j["modal"] = optional_string(o->modal);
    j["binding"] = o->binding;
    return j;
}

Json durations_json(const std::vector<model::Duration>& ds) {
    Json a = Json::array();
    for (const auto& d : ds) {
        Json j = Json::object();
        j["text"] = d.text;
        j["until"] = optional_string(d.until);
        j["period"] = optional_string(d.period);
        j["role"] = model::to_string(d.role);
        a.push_back(std::move(j));
    }
    return a;
}

Json scope_json(const model::Scope& s) {
    Json j = Json::object();
    j["places"] = strings(s.places);
    j["actors"] = strings(s.actors);
    j["quantities"] = strings(s.quantities);
    j["tasks"] = strings(s.tasks);
    j["qualifiers"] = strings(s.qualifiers);
    return j;
}

// One clause without its children (the caller adds "children", the last key).
Json clause_fields(const model::Clause& c) {
    Json j = Json::object();
    j["id"] = c.id;
    j["kind"] = model::to_string(c.kind);
    j["number"] = optional_string(c.number);
    j["lead"] = optional_string(c.lead);
    j["text"] = c.text;
    j["line"] = c.line;
    j["column"] = c.column;
    j["footnote_refs"] = strings(c.footnote_refs);
    j["obligation"] = obligation_json(c.obligation);
    j["durations"] = durations_json(c.durations);
    j["scope"] = scope_json(c.scope);
    return j;
}

Json annex_json(const model::Annex& a) {
    Json x = Json::object();
    x["id"] = a.id;
    x["title"] = a.title;
    x["text"] = a.text;
    x["line"] = a.line;
    return x;
}

Json footnote_json(const model::Footnote& f) {
    Json x = Json::object();
    x["label"] = f.label;
    x["text"] = f.text;
    x["line"] = f.line;
    return x;
}

Json warning_json(const model::Warning& w) {
    Json x = Json::object();
    x["line"] = w.line;
    x["column"] = w.column;
    x["message"] = w.message;
    return x;
}

Json legal_basis_json(const model::LegalBasis& b) {
    Json basis = Json::object();
    basis["chapter_vii"] = b.chapter_vii;
    basis["clause"] = optional_string(b.clause);
    return basis;
}

Json mandate_json(const model::Mandate& m) {
    Json x = Json::object();
    x["clause"] = m.clause;
    x["verb"] = m.verb;
    x["action"] = m.action;
    x["actor"] = optional_string(m.actor);
    x["until"] = optional_string(m.until);
    x["period"] = optional_string(m.period);
    x["places"] = strings(m.places);
    x["tasks"] = strings(m.tasks);
    return x;
}

template <class T, class ToJson>
Json array_of(const std::vector<T>& items, ToJson to_json) {
    Json a = Json::array();
    for (const auto& item : items) a.push_back(to_json(item));
    return a;
}

template <class T, class ToJson>
void stream_array(std::ostream& out, std::size_t indent, const std::vector<T>& items, ToJson to_json) {
    ArrayWriter a(out, indent);
    for (const auto& item : items) a.element(to_json(item));
    a.close();
}

void pad(std::ostream& out, std::size_t n) {
    static constexpr char kSpaces[] = "                                                                ";
    constexpr std::size_t chunk = sizeof kSpaces - 1;
    for (; n > chunk; n -= chunk) out.write(kSpaces, chunk);
    out.write(kSpaces, static_cast<std::streamsize>(n));
}

std::string dumped(const Json& value) { return value.dump(2, ' ', false, Json::error_handler_t::replace); }

}  // namespace

Json optional_string(const std::optional<std::string>& s) {
    if (!s) return nullptr;
    return *s;
}

Json metadata_json(const model::Metadata& m) {
    Json j = Json::object();
    j["organ"] = optional_string(m.organ);
    j["symbol"] = optional_string(m.symbol);
    j["date"] = optional_string(m.date);
    j["draft"] = m.draft;
    j["title"] = optional_string(m.title);
    j["sponsors"] = optional_string(m.sponsors);
    j["adoption"] = optional_string(m.adoption);
    j["meeting"] = optional_string(m.meeting);
    return j;
}

Json clauses_json(const std::vector<model::Clause>& roots) {
    Json result = Json::array();
    // open[d] is the array that receives clauses of depth d. A pointer stays valid: an array
    // only grows when the walk comes back to its depth, after every deeper pointer is dropped.
    std::vector<Json*> open{&result};
    model::for_each_clause(roots, [&](const model::Clause& c, std::size_t depth) {
        open.resize(depth + 1);
        Json& list = *open[depth];
        Json shell = clause_fields(c);
        shell["children"] = Json::array();
        list.push_back(std::move(shell));
        open.push_back(&list.back()["children"]);
    });
    return result;
}

Json document_value(const model::Document& doc) {
    Json j = Json::object();
    j["format"] = "resdiff-document/1";
    j["source"] = doc.source;
    j["metadata"] = metadata_json(doc.metadata);
    j["enacting_formula"] = optional_string(doc.enacting_formula);
    j["clauses"] = clauses_json(doc.clauses);
    j["annexes"] = array_of(doc.annexes, annex_json);
    j["footnotes"] = array_of(doc.footnotes, footnote_json);
    j["warnings"] = array_of(doc.warnings, warning_json);
    j["legal_basis"] = legal_basis_json(doc.legal_basis);
    j["mandates"] = array_of(doc.mandates, mandate_json);
    return j;
}

void write_json(std::ostream& out, const Json& value) { out << dumped(value) << '\n'; }

void write_nested(std::ostream& out, const Json& value, std::size_t indent) {
    // A pretty-printed value nested at `indent` is the value's own dump with every line after
    // the first moved right by `indent` (newlines inside strings are escaped: every '\n' of the
    // dump is a line break).
    const std::string s = dumped(value);
    std::size_t start = 0;
    for (std::size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1) {
        out.write(s.data() + start, static_cast<std::streamsize>(nl + 1 - start));
        pad(out, indent);
    }
    out.write(s.data() + start, static_cast<std::streamsize>(s.size() - start));
}

ObjectWriter::ObjectWriter(std::ostream& out, std::size_t indent) : out_(out), indent_(indent) { out_ << '{'; }

void ObjectWriter::key(std::string_view name) {
    out_ << (empty_ ? "\n" : ",\n");
    empty_ = false;
    pad(out_, indent_ + 2);
    out_ << dumped(Json(name)) << ": ";
}

void ObjectWriter::member(std::string_view name, const Json& value) {
    key(name);
    write_nested(out_, value, indent_ + 2);
}

void ObjectWriter::close() {
    if (!empty_) {
        out_ << '\n';
        pad(out_, indent_);
    }
    out_ << '}';
}

ArrayWriter::ArrayWriter(std::ostream& out, std::size_t indent) : out_(out), indent_(indent) { out_ << '['; }

void ArrayWriter::element(const Json& value) {
    out_ << (empty_ ? "\n" : ",\n");
    empty_ = false;
    pad(out_, indent_ + 2);
    write_nested(out_, value, indent_ + 2);
}

void ArrayWriter::close() {
    if (!empty_) {
        out_ << '\n';
        pad(out_, indent_);
    }
    out_ << ']';
}

void write_clause_tree(std::ostream& out, const std::vector<model::Clause>& roots, std::size_t indent) {
    // An explicit stack of open children arrays (nesting depth is input-controlled). A frame's
    // `indent` is that of its array; its clauses sit two spaces further right, and the clause
    // that owns a nested array two spaces to the left of it.
    struct Frame {
        const std::vector<model::Clause>* list;
        std::size_t next;
        std::size_t indent;
    };
    out << '[';
    if (roots.empty()) {
        out << ']';
        return;
    }
    std::vector<Frame> stack{{&roots, 0, indent}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        if (f.next == f.list->size()) {
            const std::size_t array_indent = f.indent;
            stack.pop_back();
            out << '\n';
            pad(out, array_indent);
            out << ']';
            if (!stack.empty()) {  // close the clause that owns the array
                out << '\n';
                pad(out, array_indent - 2);
                out << '}';
            }
            continue;
        }
        const model::Clause& c = (*f.list)[f.next];
        out << (f.next == 0 ? "\n" : ",\n");
        ++f.next;
        const std::size_t clause_indent = f.indent + 2;
        pad(out, clause_indent);
        ObjectWriter obj(out, clause_indent);
        const Json fields = clause_fields(c);
        for (auto it = fields.begin(); it != fields.end(); ++it) obj.member(it.key(), it.value());
        obj.key("children");
        if (c.children.empty()) {
            out << "[]";
            obj.close();
        } else {
            out << '[';
            stack.push_back({&c.children, 0, clause_indent + 2});  // `f` is not used after this
        }
    }
}

void write_document(std::ostream& out, const model::Document& doc) {
    ObjectWriter j(out, 0);
    const std::size_t in = j.value_indent();
    j.member("format", "resdiff-document/1");
    j.member("source", doc.source);
    j.member("metadata", metadata_json(doc.metadata));
    j.member("enacting_formula", optional_string(doc.enacting_formula));
    j.key("clauses");
    write_clause_tree(out, doc.clauses, in);
    j.key("annexes");
    stream_array(out, in, doc.annexes, annex_json);
    j.key("footnotes");
    stream_array(out, in, doc.footnotes, footnote_json);
    j.key("warnings");
    stream_array(out, in, doc.warnings, warning_json);
    j.member("legal_basis", legal_basis_json(doc.legal_basis));
    j.key("mandates");
    stream_array(out, in, doc.mandates, mandate_json);
    j.close();
    out << '\n';
}

Json text_or_null(const std::string& s) {
    if (s.empty()) return nullptr;
    return s;
}

Json summary_json(const diff::Summary& s) {
    Json clauses = Json::object();
    clauses["unchanged"] = s.clauses.unchanged;
    clauses["modified"] = s.clauses.modified;
    clauses["added"] = s.clauses.added;
    clauses["removed"] = s.clauses.removed;
    clauses["moved"] = s.clauses.moved;
    clauses["renumbered"] = s.clauses.renumbered;
    Json findings = Json::object();
    findings["obligation"] = s.findings.obligation;
    findings["duration"] = s.findings.duration;
    findings["scope"] = s.findings.scope;
    findings["wording"] = s.findings.wording;
    Json j = Json::object();
    j["clauses"] = std::move(clauses);
    j["findings"] = std::move(findings);
    return j;
}

Json findings_json(const std::vector<diff::Finding>& findings) {
    Json out = Json::array();
    for (const auto& f : findings) {
        Json x = Json::object();
        x["category"] = category_name(f.category);
        x["direction"] = direction_name(f.direction);
        x["old"] = text_or_null(f.old_text);
        x["new"] = text_or_null(f.new_text);
        x["message"] = f.message;
        out.push_back(std::move(x));
    }
    return out;
}

Json edits_json(const std::vector<diff::Edit>& edits) {
    Json out = Json::array();
    for (const auto& ed : edits) {
        Json x = Json::object();
        x["op"] = edit_op_name(ed.op);
        x["text"] = ed.text;
        out.push_back(std::move(x));
    }
    return out;
}

}  // namespace resdiff::render::detail
