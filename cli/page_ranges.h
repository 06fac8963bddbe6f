// Page selections for --pages: "1-5,8" -> {1,2,3,4,5,8}.
// Pages are 1-based; a range "a-b" needs a <= b; the result is ascending without duplicates
// (overlapping pieces such as "1-3,2-4" merge). Pure functions: thread-safe.
#pragma once

#include <string_view>
#include <vector>

namespace tablift::cli {

// Highest page number accepted, so that "1-999999999" cannot allocate gigabytes; it equals the
// extractors' Limits::max_pages default.
inline constexpr int kMaxPageNumber = 20000;

// Parses a comma-separated list of pages and ranges. Throws tablift::Error(kUsage) naming the
// bad piece for anything else: empty pieces, 0, reversed ranges, non-digits, numbers over
// kMaxPageNumber.
std::vector<int> ParsePageRanges(std::string_view text);

}  // namespace tablift::cli
