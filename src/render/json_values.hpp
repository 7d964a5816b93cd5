#pragma once
// JSON values of model types, in the contract's key order (resdiff-document/1). Shared by
// document_json and diff_json. Internal to src/render/: nlohmann stays out of render.hpp.
//
// The renderers stream: they write a document (or a diff) field by field and a clause (or a
// diff entry) at a time, each as a small value, so that memory does not grow with a DOM of the
// whole output. The bytes are exactly those of `write_json` on the whole value.

#include "diff/document_diff.hpp"
#include "model/document.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace resdiff::render::detail {

using Json = nlohmann::ordered_json;

class JsonOut;  // below: the buffer the streaming writers write to

// A string, or null when absent.
Json optional_string(const std::optional<std::string>& s);

Json metadata_json(const model::Metadata& m);

// A text, or null when it is empty (a finding's side with no words).
Json text_or_null(const std::string& s);

// resdiff-diff/1 pieces shared by diff_json and history_json.
Json summary_json(const diff::Summary& s);
Json findings_json(const std::vector<diff::Finding>& findings);
Json edits_json(const std::vector<diff::Edit>& edits);
// The same array streamed at `indent` (the bytes of write_nested(out, edits_json(edits), indent)).
void write_edits(JsonOut& out, const std::vector<diff::Edit>& edits, std::size_t indent);

// The clause tree, children nested, built without recursion (nesting depth is input-controlled).
Json clauses_json(const std::vector<model::Clause>& roots);

// The whole resdiff-document/1 value in one DOM. document_json streams the same bytes instead
// (see write_document); kept as the reference the tests compare the stream with.
Json document_value(const model::Document& doc);

// Writes `value` indented by two spaces, followed by one newline. Invalid UTF-8 in strings is
// replaced (U+FFFD) rather than thrown on.
void write_json(std::ostream& out, const Json& value);

// Streaming, byte for byte as write_json would print the enclosing value. `indent` is the
// indentation (in spaces) of the line on which the value starts.

// What the streaming writers write to: a buffer handed to the stream in large pieces. A report
// is tens of thousands of small members, and std::ostream charges its per-call cost (a sentry,
// a virtual call) on each: through this buffer a diff's JSON is written about twice as fast.
class JsonOut {
public:
    explicit JsonOut(std::ostream& out);
    // Without a stream: everything written stays in memory, for take().
    JsonOut() = default;
    JsonOut(const JsonOut&) = delete;
    JsonOut& operator=(const JsonOut&) = delete;
    // Hands over what is left; when leaving by an exception, whatever the stream does.
    ~JsonOut();

    JsonOut& write(const char* s, std::size_t n) {
        buffer_.append(s, n);
        if (out_ && buffer_.size() >= kChunk) flush();
        return *this;
    }
    JsonOut& operator<<(std::string_view s) { return write(s.data(), s.size()); }
    JsonOut& operator<<(const char* s) { return *this << std::string_view(s); }
    JsonOut& operator<<(char c) { return write(&c, 1); }
    JsonOut& operator<<(int n);
    JsonOut& operator<<(std::size_t n);
    // Writes the buffer to the stream (without a stream, does nothing).
    void flush();
    // What a JsonOut without a stream holds; it is left empty.
    std::string take() { return std::move(buffer_); }

private:
    static constexpr std::size_t kChunk = 1 << 16;
    std::ostream* out_ = nullptr;
    std::string buffer_;
};

void write_json_string(JsonOut& out, std::string_view s);

// `s` as a JSON string, quoted and escaped byte for byte as nlohmann's dump escapes it (UTF-8
// kept; invalid UTF-8 replaced by U+FFFD, through nlohmann itself: the rare case). Without a
// value to build, it is what makes streaming the long texts of a report cheap.
void write_json_string(std::ostream& out, std::string_view s);  // the same, straight to a stream

// `value` as it would appear nested at `indent` (its first line is not indented: the caller
// has written the key or the element's indentation).
void write_nested(JsonOut& out, const Json& value, std::size_t indent);

// An object written member by member: `{`, then each member, then `}` (`{}` when empty).
class ObjectWriter {
public:
    ObjectWriter(JsonOut& out, std::size_t indent);
    // Writes the separator, the indentation and `"key": `; the caller writes the value next
    // (with write_nested at value_indent(), or an ArrayWriter, or write_clause_tree).
    void key(std::string_view name);
    void member(std::string_view name, const Json& value);
    // Members of one scalar, written without building a value.
    void string_member(std::string_view name, std::string_view value);
    void optional_string_member(std::string_view name, const std::string* value);  // null when absent
    void optional_string_member(std::string_view name, const std::optional<std::string>& value) {
        optional_string_member(name, value ? &*value : nullptr);
    }
    void optional_string_member(std::string_view name, const diff::ClauseId& value) {
        optional_string_member(name, value ? &*value : nullptr);
    }
    void bool_member(std::string_view name, bool value);
    void number_member(std::string_view name, std::size_t value);
    std::size_t value_indent() const { return indent_ + 2; }
    void close();

private:
    JsonOut& out_;
    std::size_t indent_;
    bool empty_ = true;
};

// An array written element by element: `[`, then each element, then `]` (`[]` when empty).
class ArrayWriter {
public:
    ArrayWriter(JsonOut& out, std::size_t indent);
    // The rest of an array whose `[` and first elements another writer wrote: next() starts
    // with the separator. Not closed: the first writer closes the array.
    struct Continued {};
    ArrayWriter(JsonOut& out, std::size_t indent, Continued) : out_(out), indent_(indent), empty_(false) {}
    void element(const Json& value);
    // Writes the separator and the indentation of the next element, which the caller writes
    // itself (an ObjectWriter at element_indent(), say).
    void next();
    std::size_t element_indent() const { return indent_ + 2; }
    void close();

private:
    JsonOut& out_;
    std::size_t indent_;
    bool empty_ = true;
};

// The clause tree as clauses_json would print it, one clause at a time, without recursion.
void write_clause_tree(JsonOut& out, const std::vector<model::Clause>& roots, std::size_t indent);

// The whole resdiff-document/1 value, streamed (same bytes as write_json(out, document_value(doc))).
void write_document(std::ostream& out, const model::Document& doc);

}  // namespace resdiff::render::detail
