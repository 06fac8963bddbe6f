// Rows of a stream table: its lines split over the columns, then shaped into table rows
// (continuation lines joined, wrapped header titles joined, spanning header cells widened).
// Internal to the stream finder; the rules are in docs/pdf.md "Tables without rulings".
#pragma once

#include <vector>

#include "extractors/pdf/stream_columns.h"

namespace tablift::pdf {

// The words of one cell of a stream row, over columns [c0, c1].
struct SCell {
  int c0 = 0, c1 = 0;
  std::vector<const Word*> words;
};

struct SRow {
  std::vector<SCell> cells;  // ascending, disjoint column ranges
  double y0 = 0, y1 = 0;     // top of the first line, bottom of the last
  double last_y0 = 0;        // top of the last line
  double em = 0;             // largest font size
};

// The cell of `row` covering column `col`, or nullptr.
const SCell* CellAt(const SRow& row, int col);

// One row per line of the region: consecutive words in the same column form a cell; a word
// reaching well across a boundary makes its cell span.
std::vector<SRow> SplitRows(const std::vector<StreamLine>& lines, const StreamRegion& region,
                            const ColumnLayout& layout);

// Joins continuation lines into their rows and shapes the header; returns the number of header
// rows, or -1 when the body is not numeric and the header is left to other evidence (bold).
int ShapeRows(std::vector<SRow>& rows, const ColumnLayout& layout);

}  // namespace tablift::pdf
