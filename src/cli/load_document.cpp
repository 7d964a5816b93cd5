#include "cli/load_document.hpp"

#include "analyze/analyze_document.hpp"
#include "cli/input.hpp"
#include "diff/side_thread.hpp"
#include "parse/parse_document.hpp"

#include <ostream>
#include <sstream>

namespace resdiff::cli {

std::optional<model::Document> load_text(const std::string& name, std::string_view text, std::ostream& err,
                                         bool print_warnings, const analyze::Lexicon& lexicon, Analysis analysis) {
    auto result = parse::parse_document(text, name);
    if (!result.ok()) {
        const auto& e = *result.error;
        err << "resdiff: " << name;
        if (e.line > 0) err << ':' << e.line << ':' << e.column;
        err << ": " << e.message << '\n';
        return std::nullopt;
    }
    model::Document doc = std::move(*result.document);
    if (analysis == Analysis::full) analyze::analyze_document(doc, lexicon);
    else analyze::analyze_document_level(doc, lexicon);
    if (print_warnings)
        for (const auto& w : doc.warnings)
            err << "resdiff: " << name << ':' << w.line << ':' << w.column << ": warning: " << w.message << '\n';
    return doc;
}

std::optional<model::Document> load_document(const std::string& name, std::istream& in, std::ostream& err,
                                             bool print_warnings, const analyze::Lexicon& lexicon,
                                             Analysis analysis) {
    std::string error;
    auto input = read_input(name, in, error);
    if (!input) {
        err << "resdiff: " << error << '\n';
        return std::nullopt;
    }
    return load_text(name, input->text(), err, print_warnings, lexicon, analysis);
}

std::pair<std::optional<model::Document>, std::optional<model::Document>> load_both(
    const DocumentLoader& first, const DocumentLoader& second, std::ostream& err, bool concurrent) {
    std::pair<std::optional<model::Document>, std::optional<model::Document>> docs;
    if (!concurrent) {
        docs.first = first(err);
        if (docs.first) docs.second = second(err);
        return docs;
    }
    std::ostringstream second_messages;  // held back until the first version's are out
    {
        // Waited for on every path (an exception from the first load included); what the
        // second load throws is thrown here.
        diff::SideThread worker;
        worker.start([&] { docs.second = second(second_messages); });
        docs.first = first(err);
        worker.join();
    }
    if (!docs.first) {
        docs.second.reset();
        return docs;
    }
    err << second_messages.str();
    return docs;
}

}  // namespace resdiff::cli

namespace resdiff::cli {

std::optional<analyze::Lexicon> load_user_lexicon(const std::string& path, std::istream& in, std::ostream& err) {
    std::string error;
    auto input = read_input(path, in, error);
    if (!input) {
        err << "resdiff: " << error << '\n';
        return std::nullopt;
    }
    auto loaded = analyze::load_lexicon(input->text());
    if (!loaded.ok()) {
        const auto& e = *loaded.error;
        err << "resdiff: " << path << ':' << e.line << ':' << e.column << ": " << e.message << '\n';
        return std::nullopt;
    }
    return std::move(*loaded.lexicon);
}

bool CommandLexicon::load(const std::string& path, std::istream& in, std::ostream& err) {
    if (path.empty()) return true;
    user_ = load_user_lexicon(path, in, err);
    return user_.has_value();
}

}  // namespace resdiff::cli
