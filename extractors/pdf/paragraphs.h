// Cell text: the lines of a cell become paragraphs with list information.
//
// A cell may be split over pages; each page's piece is a CellPart. Inside a part, a new paragraph
// starts at a bullet or list-number marker, after a vertical gap clearly larger than the normal
// line pitch, or where the indentation breaks the paragraph's left edge. Across parts, the first
// line of the next page continues the last paragraph unless it starts a list item, or the last
// paragraph ended a sentence on a short line. Lines of one paragraph join with a space, except
// after a line-final hyphen ("VN-" + "Vrouwenrechtencomité", hyphen kept; but "toezicht-" + "en
// ..." keeps the space of a suspended compound) and after a one-word line that fills the cell's
// width (a word broken because it was wider than the column: "Jen" + "V"). The full rules are in
// docs/pdf.md "Paragraphs". Pure; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "core/table.h"
#include "extractors/pdf/text_lines.h"

namespace tablift::pdf {

// The piece of one cell on one page: its box and its lines, top to bottom.
struct CellPart {
  BBox box;
  std::vector<TextLine> lines;
};

// The paragraphs of a cell made of `parts` (in page order). `normal_pitch` is the table's
// typical baseline-to-baseline distance (0 when unknown); a cell with two or more lines uses the
// smaller of it and its own smallest pitch. `join_wide_words` false: a one-word line filling the
// cell is not a word broken for lack of room (a table without rulings has no drawn cell edge to
// fill: "Sample" over "size" in a right-aligned column is two words).
std::vector<Paragraph> BuildParagraphs(const std::vector<CellPart>& parts, double normal_pitch,
                                       bool join_wide_words = true);

// The median distance between the tops of consecutive lines over all parts given.
double TypicalPitch(const std::vector<const CellPart*>& parts);

// True when `text` ends a sentence: its last character, ignoring closing quotes and brackets, is
// one of . ! ? : ; (or their full-width forms).
bool EndsSentence(std::string_view text);

// Appends `next` (one line's text) to a paragraph's `text` by the join rules above.
// `wide_word` says the previous line was one word filling the cell's width.
void AppendLine(std::string& text, std::string_view next, bool wide_word);

}  // namespace tablift::pdf
