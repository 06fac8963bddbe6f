// Text decorations are not rulings: underlines, strike-through lines and link rules drawn over
// or under words.
//
// A horizontal segment is a decoration when it lies within the vertical extent of words (from a
// quarter of their height down to the bottom of their box: strike-through at the x-height,
// underline at the baseline) and those words cover it end to end with no gap wider than an em
// (an underlined phrase spans word spaces; a header rule spans column gaps and lies below the
// descenders). Pure; thread-safe.
#pragma once

#include <vector>

#include "extractors/pdf/page_content.h"

namespace tablift::pdf {

// `page`'s segments without the text decorations.
std::vector<Segment> WithoutDecorations(const Page& page);

}  // namespace tablift::pdf
