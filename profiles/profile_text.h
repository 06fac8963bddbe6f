// Text helpers of the profile engine: the tolerant comparison key for headers and phrases, and
// trimming and splitting of cell text. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tablift {

// The comparison key used for header patterns and phrases: Unicode compatibility-decomposed,
// accents stripped, case-folded, and everything but letters and digits removed. So
// "Verantwoordel ijk land/ ministerie" and "VERANTWOORDELIJK LAND / MINISTERIE" both give
// "verantwoordelijklandministerie", and "n.v.t." gives "nvt".
std::string FoldForMatch(std::string_view text);

// FoldForMatch of the start of `text`: the whole text folded when that has at most `length`
// bytes (then `complete` is true), else a folded prefix longer than `length` bytes. Lets a
// phrase be compared with the start of a long cell without folding all of it.
struct FoldedHead {
  std::string folded;
  bool complete = false;
};
FoldedHead FoldHead(std::string_view text, std::size_t length);

// Removes leading and trailing ASCII white space and no-break spaces (U+00A0).
std::string_view TrimSpace(std::string_view text);

// Splits on every occurrence of any separator (the longest one wins where several start at the
// same place). An empty separator list gives the whole text as one piece. Pieces are not
// trimmed and may be empty.
std::vector<std::string_view> SplitOnAny(std::string_view text,
                                         const std::vector<std::string>& separators);

// Removes any of the prefixes from the start of `text`, repeatedly (so "• • item" loses both
// bullets), trimming space after each.
std::string_view StripPrefixes(std::string_view text, const std::vector<std::string>& prefixes);

}  // namespace tablift
