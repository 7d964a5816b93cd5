#pragma once
// Sub-paragraph label sequences: (a) (b) … (z) (aa) (bb), (i) (ii) (iii), (1) (2), (A) (B).
// Whether "(i)" continues a letter list after "(h)" or opens a roman list is decided by
// which sequence it continues.

#include <optional>
#include <string_view>

namespace resdiff::parse {

enum class LabelSeries { alpha, roman, digit, upper };

// The position (1-based) of a label in a series, or nullopt when it is not in that series.
std::optional<int> label_value(LabelSeries series, std::string_view label);

// The series a label opens when it starts a new list ("a", "i", "1", "A"), if any.
std::optional<LabelSeries> opening_series(std::string_view label);

// Any series the label belongs to, preferring letters over roman numerals.
std::optional<LabelSeries> natural_series(std::string_view label);

}  // namespace resdiff::parse
