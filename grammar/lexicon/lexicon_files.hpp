#pragma once
// The lexicon data files (grammar/lexicon/*.tsv) as compiled into the binary, in name order.
// The format is described in docs/lexicon.md; src/analyze/lexicon.hpp parses it.

#include <span>
#include <string_view>

namespace resdiff::lexicon {

struct File {
    std::string_view name;  // "operative.tsv"
    std::string_view text;  // the whole file
};

std::span<const File> files();

}  // namespace resdiff::lexicon
