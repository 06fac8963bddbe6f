// Positions, spans and boxes: the small value types the table model is built from.
//
// Coordinate convention (written down once, used everywhere): PDF boxes are in PDF points
// (1/72 inch) in *page space with the origin at the top-left corner of the page's crop box and
// y growing downwards*, as Poppler's TextOutputDev reports words. Pages are numbered from 1.
// Grid positions are 0-based (row, column) indices into a table's dense grid.
// All types are plain values: thread-compatible, no invariants beyond those stated.
#pragma once

#include <compare>

namespace tablift {

// A cell's top-left position in the dense grid (0-based).
struct GridPos {
  int row = 0;
  int col = 0;
  auto operator<=>(const GridPos&) const = default;
};

// How many grid rows and columns a cell covers. Invariant: rows >= 1 and cols >= 1.
struct Span {
  int rows = 1;
  int cols = 1;
  auto operator<=>(const Span&) const = default;
};

// An axis-aligned box in PDF page space (see the convention above). x0 <= x1, y0 <= y1.
struct BBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
  bool operator==(const BBox&) const = default;
};

// Part of a cell or table on one page: the page number (from 1) and the box on it.
struct PageRegion {
  int page = 0;
  BBox box;
  bool operator==(const PageRegion&) const = default;
};

}  // namespace tablift
