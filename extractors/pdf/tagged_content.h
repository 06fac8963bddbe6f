// What the Poppler adapter reads for tagged PDFs, in Poppler-free types: the structure tree
// (element types, table spans, and the marked-content sequences each element owns) and the text
// of every marked-content sequence (MCID) on the read pages, split into the lines it was printed
// on. The tagged table builder (tagged_tables.h) works on these alone, so it is testable on
// synthetic trees. Plain values: thread-compatible.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry.h"

namespace tablift::pdf {

// A reference from a structure element to one marked-content sequence of a page.
struct McRef {
  int page = 0;  // from 1; 0 when the reference names no known page
  int mcid = -1;
};

// One structure element. `type` is the standard structure type after role mapping ("Table",
// "TR", "TH", "TD", "THead", "P", "LI", "Lbl", ...). Children and content references are each in
// document order; `order` lists both kinds interleaved: an index >= 0 is children[index], a
// negative index -1 - k is content[k].
struct StructNode {
  std::string type;
  int row_span = 1;         // RowSpan attribute (TH/TD), >= 1
  int col_span = 1;         // ColSpan attribute (TH/TD), >= 1
  std::string actual_text;  // the ActualText entry, "" when absent
  std::vector<StructNode> children;
  std::vector<McRef> content;
  std::vector<int> order;
};

// One printed line of a marked-content sequence: its text (words separated by single spaces)
// and its box in page space. A sequence may start in the middle of a printed line (producers
// open a new sequence at a font change): then `continues_line` is set, and `space_before` says
// whether a space separates it from the text printed just before it. Producers that print the
// space at a line's end (`space_after`) tell "toezicht- en" from "VN-Vrouwenrechtencomité".
struct MarkedLine {
  std::string text;
  BBox box;
  double font_size = 0;
  double first_advance = 0;  // the advance width of the line's first glyph
  bool continues_line = false;
  bool space_before = false;
  bool space_after = false;  // a space glyph was printed after the line's last glyph
};

// The text of one marked-content sequence, line by line, in content-stream order.
struct MarkedText {
  std::vector<MarkedLine> lines;
};

// All marked-content text of the read pages, by (page, mcid).
using MarkedTextMap = std::map<std::pair<int, int>, MarkedText>;

}  // namespace tablift::pdf
