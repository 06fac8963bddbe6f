// List markers at the start of a PDF text line: bullet glyphs and list numbers.
//
// A bullet is a glyph for which core/text.h IsBulletGlyph holds, alone as a word or glued to
// the first word; it becomes ListInfo{kBullet, 0, "•"}. A number marker is a first word such as
// "1." "12)" "a)" "iv." "(b)" "2.3." followed by more text; it is only a *candidate*: the
// paragraph builder keeps it as text unless the layout confirms a list (docs/pdf.md).
// Levels are assigned later from indentation. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/table.h"
#include "extractors/pdf/page_content.h"

namespace tablift::pdf {

struct MarkerMatch {
  ListInfo list;               // kind kNone when the line has no marker
  std::size_t first_word = 0;  // index of the first word of the text after the marker
  std::string rest_of_first;   // text glued to a bullet glyph in the same word ("•Text")
  bool tab_after = false;      // the gap after a number marker is tab-wide, not a space
};

// `em` is the line's font size (for the tab-gap test).
MarkerMatch MatchListMarker(const std::vector<const Word*>& words, double em);

// True for "1." "12)" "a)" "iv." "(b)" "2.3." and the like.
bool IsNumberMarker(std::string_view word);

}  // namespace tablift::pdf
