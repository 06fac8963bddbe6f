// Stream table regions: blocks of text lines on a page that look like a table without rulings.
//
// A line splits into chunks at gaps wider than about one em; a line with two or more chunks is
// "tabular" unless every chunk is a run of six or more words (running text set in columns) or
// the line starts with a table label (a caption: "Table 1.   Actual and projected ..."). A
// region is a run of lines that starts and ends with a tabular line, whose lines follow one another
// without a paragraph-sized gap, and whose other lines are short single chunks inside the region's
// width (section labels such as "Actual", wrapped key cells). Running text (one wide chunk per
// line) ends a region. Pure; thread-safe.
#pragma once

#include <vector>

#include "extractors/pdf/text_lines.h"

namespace tablift::pdf {

// A run of words of one line with no gap wider than the chunk gap between them.
struct Chunk {
  std::size_t first = 0, end = 0;  // word indexes [first, end) in the line
  double x0 = 0, x1 = 0;
};

struct StreamLine {
  const TextLine* line = nullptr;
  std::vector<Chunk> chunks;
  bool prose = false;  // running text in columns, or a caption: never tabular
  bool tabular() const { return chunks.size() >= 2 && !prose; }
};

// A candidate table: consecutive lines [first, end) of the page's stream lines.
struct StreamRegion {
  std::size_t first = 0, end = 0;
  BBox box;
  int tabular_lines = 0;
};

// The chunks of `line`: its words split where the gap exceeds `gap_em` times the font size.
std::vector<Chunk> SplitChunks(const TextLine& line, double gap_em = 1.0);

// `lines` (top to bottom) with their chunks.
std::vector<StreamLine> ToStreamLines(const std::vector<TextLine>& lines);

// The candidate regions among `lines`, top to bottom, each with at least two tabular lines.
std::vector<StreamRegion> FindStreamRegions(const std::vector<StreamLine>& lines);

}  // namespace tablift::pdf
