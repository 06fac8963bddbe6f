// Text lines: words grouped into visual lines, top to bottom, each left to right.
//
// Two words are on one line when they share the adapter's line_id or their vertical extents
// overlap by more than half the smaller height (a bullet glyph drawn as its own Poppler line
// still joins the text beside it). Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extractors/pdf/page_content.h"

namespace tablift::pdf {

struct TextLine {
  std::vector<const Word*> words;  // left to right; they point into the caller's Page
  BBox box;                        // union of the words' boxes
  double font_size = 0;            // the largest word font size (0 when the adapter gave none)
  bool bold = false;               // every word is bold
};

// Groups `words` (any order; they must outlive the lines) into lines sorted top to bottom.
std::vector<TextLine> GroupLines(std::vector<const Word*> words);

// The words of [first, end) joined: a space where the adapter saw one or where the gap between
// two words is wider than a fraction of the font size (kerned pieces of one word join directly).
std::string JoinWords(const std::vector<const Word*>& words, std::size_t first = 0);

// A word's em for gap decisions: its font size, else its box height, and at least 1 pt.
double WordEm(const Word& w);

// The line's height for spacing decisions: the font size, else the box height.
double LineHeight(const TextLine& line);

}  // namespace tablift::pdf
