// Paragraph text of tagged PDF structure elements: the marked-content lines an element owns,
// joined by the rules of docs/pdf.md ("Tagged PDFs"), and the list information that its place in
// the tree (L / LI / Lbl / LBody) or a leading bullet glyph gives it. Pure functions over
// tagged_content.h types; thread-compatible.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/table.h"
#include "extractors/pdf/page_content.h"
#include "extractors/pdf/tagged_content.h"

namespace tablift::pdf {

// The vertical ruling segments of each read page, by page number: the cell borders that tell a
// word broken for lack of room ("Jen" + "V") from a line wrapped at a space.
using VerticalRules = std::map<int, std::vector<Segment>>;

// Everything the text functions look up: the marked-content text, the pages' rules, and
// whether the producer prints a space glyph where it wraps a line (PrintsLineEndSpaces).
struct TextSources {
  const MarkedTextMap* marked = nullptr;
  const VerticalRules* rules = nullptr;
  bool line_end_spaces = false;
};

// True when most line breaks inside the tree's elements follow a printed space glyph: then a
// break without one is a break inside a word.
bool PrintsLineEndSpaces(const std::vector<StructNode>& roots, const MarkedTextMap& marked);

// One printed line of an element's content, with the page it is on.
struct PlacedLine {
  int page = 0;
  MarkedLine line;
};

// All lines of `node`'s content, its descendants' included, in structure order.
std::vector<PlacedLine> LinesOf(const StructNode& node, const TextSources& src);

// Joins lines into one paragraph's text: a line continuing the same printed line joins as it
// was printed. At a line break: when the producer prints line-end spaces, a break after a space
// joins with one space and a break without one (after a hyphen, a slash, or a word filling the
// cell's width) joins without; otherwise a line ending in a hyphen after a non-space joins the
// next without a space and keeps the hyphen ("VN-" + "Vrouwenrechtencomité"), a word broken
// because it did not fit the cell ("Jen" + "V") joins without a space, and other lines join with
// one space.
std::string JoinLines(const std::vector<PlacedLine>& lines, const TextSources& src);

// The paragraphs of a table cell (or any block element): P, H*, Caption ... are paragraphs; L/LI
// items get ListInfo (kBullet for bullet glyphs, kNumbered for an Lbl such as "1."), with the
// level counting L elements nested inside L. Empty paragraphs are dropped.
std::vector<Paragraph> ParagraphsOf(const StructNode& cell, const TextSources& src);

// Removes a leading bullet glyph and the spaces after it; true when there was one.
bool StripBullet(std::string& text);

}  // namespace tablift::pdf
