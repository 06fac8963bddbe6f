// Rendering of list numbers in the WordprocessingML number formats (ST_NumberFormat), which the
// ODT extractor maps its style:num-format values onto.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tablift::package {

// Renders `value` in `num_fmt`: decimal, decimalZero (01), lowerLetter/upperLetter (a..z, aa..zz,
// as Word repeats the letter), lowerRoman/upperRoman, decimalEnclosedCircle (①..⑳), none ("").
// Any other format, and values a format cannot show (roman outside 1..3999, letters below 1),
// render as decimal.
std::string FormatNumber(int value, std::string_view num_fmt);

}  // namespace tablift::package
