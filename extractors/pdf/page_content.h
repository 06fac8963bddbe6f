// What the Poppler adapter reads off one PDF page, in Poppler-free types: words with their boxes
// and fonts, and the ruling segments of the page's vector graphics. Coordinates follow
// core/geometry.h (points, origin top-left, y down). The lattice builder works on these alone,
// so it can be tested on synthetic pages.
#pragma once

#include <string>
#include <vector>

#include "core/geometry.h"

namespace tablift::pdf {

struct Word {
  std::string text;  // UTF-8 as Poppler maps it (private-use bullet glyphs are kept as is)
  BBox box;
  double font_size = 0;
  bool bold = false;
  std::string font_name;
  bool space_after = false;  // Poppler saw a space after this word on the same line
  int line_id = -1;          // words of one Poppler text line share a line_id (per page)
};

// A stroked line or a thin filled rectangle, reduced to a horizontal or vertical segment.
// For a horizontal segment y0 == y1 and x0 < x1; for a vertical one x0 == x1 and y0 < y1.
struct Segment {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double thickness = 0;
  bool horizontal() const { return y0 == y1; }
};

struct Page {
  int number = 0;  // from 1
  double width = 0, height = 0;
  std::vector<Word> words;  // in Poppler's reading order
  std::vector<Segment> segments;
};

}  // namespace tablift::pdf
