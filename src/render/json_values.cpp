#include "render/json_values.hpp"

#include "render/labels.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>
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
    j["obligation"] = obligation_json(c.obligation());
    j["durations"] = durations_json(c.durations());
    j["scope"] = scope_json(c.scope());
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
void stream_array(JsonOut& out, std::size_t indent, const std::vector<T>& items, ToJson to_json) {
    ArrayWriter a(out, indent);
    for (const auto& item : items) a.element(to_json(item));
    a.close();
}

void pad(JsonOut& out, std::size_t n) {
    static constexpr char kSpaces[] = "                                                                ";
    constexpr std::size_t chunk = sizeof kSpaces - 1;
    for (; n > chunk; n -= chunk) out.write(kSpaces, chunk);
    out.write(kSpaces, n);
}

std::string dumped(const Json& value) { return value.dump(2, ' ', false, Json::error_handler_t::replace); }

// Well-formed UTF-8 (RFC 3629: no overlong form, surrogate or code point past U+10FFFF), which
// nlohmann prints unchanged; it replaces anything else.
bool well_formed_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
        // ASCII, eight bytes at a time while no byte has its high bit set.
        for (std::uint64_t w; i + 8 <= n; i += 8) {
            std::memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ULL) break;
        }
        if (i >= n) break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) len = 3, lo = 0xA0;
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) len = 3;
        else if (c == 0xED) len = 3, hi = 0x9F;
        else if (c == 0xF0) len = 4, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) len = 4, hi = 0x8F;
        else return false;
        if (n - i < len || p[i + 1] < lo || p[i + 1] > hi) return false;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

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

JsonOut::JsonOut(std::ostream& out) : out_(&out) { buffer_.reserve(kChunk + 256); }

JsonOut::~JsonOut() {
    try {
        flush();
    } catch (...) {  // a stream that throws, while an exception is already on its way out
    }
}

JsonOut& JsonOut::operator<<(int n) {
    char digits[16];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    return write(digits, static_cast<std::size_t>(r.ptr - digits));
}

JsonOut& JsonOut::operator<<(std::size_t n) {
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    return write(digits, static_cast<std::size_t>(r.ptr - digits));
}

void JsonOut::flush() {
    if (!out_ || buffer_.empty()) return;
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void write_json_string(std::ostream& out, std::string_view s) {
    JsonOut buffered(out);
    write_json_string(buffered, s);
    buffered.flush();
}

void write_json_string(JsonOut& out, std::string_view s) {
    if (!well_formed_utf8(s)) {
        out << dumped(Json(std::string(s)));
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out << '"';
    std::size_t run = 0;  // start of the bytes not yet written, none of which needs escaping
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Eight bytes at a time while none is a control character, '"' or '\\' (SWAR tests).
        for (std::uint64_t w; i + 8 <= s.size(); i += 8) {
            std::memcpy(&w, s.data() + i, 8);
            if (((w - ones * 0x20) & ~w & highs) | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) break;
        }
        if (i >= s.size()) break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.write(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out.write("\\\"", 2); break;
        case '\\': out.write("\\\\", 2); break;
        case '\b': out.write("\\b", 2); break;
        case '\f': out.write("\\f", 2); break;
        case '\n': out.write("\\n", 2); break;
        case '\r': out.write("\\r", 2); break;
        case '\t': out.write("\\t", 2); break;
        default: {
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.write(u, 6);
        }
        }
    }
    out.write(s.data() + run, s.size() - run);
    out << '"';
}

void write_json(std::ostream& out, const Json& value) { out << dumped(value) << '\n'; }

void write_nested(JsonOut& out, const Json& value, std::size_t indent) {
    // A pretty-printed value nested at `indent` is the value's own dump with every line after
    // the first moved right by `indent` (newlines inside strings are escaped: every '\n' of the
    // dump is a line break).
    const std::string s = dumped(value);
    std::size_t start = 0;
    for (std::size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1) {
        out.write(s.data() + start, nl + 1 - start);
        pad(out, indent);
    }
    out.write(s.data() + start, s.size() - start);
}

ObjectWriter::ObjectWriter(JsonOut& out, std::size_t indent) : out_(out), indent_(indent) { out_ << '{'; }

void ObjectWriter::key(std::string_view name) {
    out_ << (empty_ ? "\n" : ",\n");
    empty_ = false;
    pad(out_, indent_ + 2);
    write_json_string(out_, name);
    out_ << ": ";
}

void ObjectWriter::string_member(std::string_view name, std::string_view value) {
    key(name);
    write_json_string(out_, value);
}

void ObjectWriter::optional_string_member(std::string_view name, const std::string* value) {
    key(name);
    if (value) write_json_string(out_, *value);
    else out_ << "null";
}

void ObjectWriter::bool_member(std::string_view name, bool value) {
    key(name);
    out_ << (value ? "true" : "false");
}

void ObjectWriter::number_member(std::string_view name, std::size_t value) {
    key(name);
    out_ << value;
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

ArrayWriter::ArrayWriter(JsonOut& out, std::size_t indent) : out_(out), indent_(indent) { out_ << '['; }

void ArrayWriter::element(const Json& value) {
    next();
    write_nested(out_, value, indent_ + 2);
}

void ArrayWriter::next() {
    out_ << (empty_ ? "\n" : ",\n");
    empty_ = false;
    pad(out_, indent_ + 2);
}

void ArrayWriter::close() {
    if (!empty_) {
        out_ << '\n';
        pad(out_, indent_);
    }
    out_ << ']';
}

namespace {

// The members of clause_fields, written one by one without building values (the clause tree
// is most of a document's JSON). Same keys, same order, same bytes.
void write_strings(JsonOut& out, const std::vector<std::string>& v, std::size_t indent) {
    ArrayWriter a(out, indent);
    for (const auto& s : v) {
        a.next();
        write_json_string(out, s);
    }
    a.close();
}

void write_clause_fields(ObjectWriter& obj, JsonOut& out, const model::Clause& c) {
    const std::size_t in = obj.value_indent();
    obj.string_member("id", c.id);
    obj.string_member("kind", model::to_string(c.kind));
    obj.optional_string_member("number", c.number);
    obj.optional_string_member("lead", c.lead);
    obj.string_member("text", c.text);
    obj.number_member("line", c.line);
    obj.number_member("column", c.column);
    obj.key("footnote_refs");
    write_strings(out, c.footnote_refs, in);
    const model::ClauseSemantics& found = c.semantics();
    const auto& obligation = found.obligation;
    obj.key("obligation");
    if (!obligation) {
        out << "null";
    } else {
        ObjectWriter o(out, in);
        o.string_member("verb", obligation->verb);
        o.key("strength");
        out << obligation->strength;
        o.optional_string_member("modal", obligation->modal);
        o.bool_member("binding", obligation->binding);
        o.close();
    }
    obj.key("durations");
    {
        ArrayWriter a(out, in);
        for (const auto& d : found.durations) {
            a.next();
            ObjectWriter x(out, a.element_indent());
            x.string_member("text", d.text);
            x.optional_string_member("until", d.until);
            x.optional_string_member("period", d.period);
            x.string_member("role", model::to_string(d.role));
            x.close();
        }
        a.close();
    }
    obj.key("scope");
    ObjectWriter scope(out, in);
    const std::size_t lists = scope.value_indent();
    scope.key("places");
    write_strings(out, found.scope.places, lists);
    scope.key("actors");
    write_strings(out, found.scope.actors, lists);
    scope.key("quantities");
    write_strings(out, found.scope.quantities, lists);
    scope.key("tasks");
    write_strings(out, found.scope.tasks, lists);
    scope.key("qualifiers");
    write_strings(out, found.scope.qualifiers, lists);
    scope.close();
}

}  // namespace

void write_clause_tree(JsonOut& out, const std::vector<model::Clause>& roots, std::size_t indent) {
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
        write_clause_fields(obj, out, c);
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

void write_document(std::ostream& stream, const model::Document& doc) {
    JsonOut out(stream);
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
    out.flush();
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

void write_edits(JsonOut& out, const std::vector<diff::Edit>& edits, std::size_t indent) {
    ArrayWriter a(out, indent);
    for (const auto& ed : edits) {
        a.next();
        ObjectWriter x(out, a.element_indent());
        x.string_member("op", edit_op_name(ed.op));
        x.string_member("text", ed.text);
        x.close();
    }
    a.close();
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
