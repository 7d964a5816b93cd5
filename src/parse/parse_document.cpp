#include "parse/parse_document.hpp"
namespace resdiff::parse {
ParseResult parse_document(std::string_view, std::string) { return {}; }
}
