// Table grids from ruling lines: one PageGrid per connected group of crossing rules.
//
// A grid's row boundaries are the distinct y's of its horizontal rules and its column boundaries
// the distinct x's of its vertical rules (plus the ends of the verticals/horizontals where a
// table's outer border is not drawn). A cell is a rectangle of grid slots with no drawn border
// inside it: a missing inner border makes a span. Every slot is covered by exactly one cell.
// Pure functions; thread-safe.
#pragma once

#include <vector>

#include "core/geometry.h"
#include "extractors/pdf/segments.h"

namespace tablift::pdf {

struct GridCell {
  GridPos pos;
  Span span;
  BBox box;
};

struct PageGrid {
  std::vector<double> ys;       // row boundaries, ascending; rows() = ys.size() - 1
  std::vector<double> xs;       // column boundaries, ascending; cols() = xs.size() - 1
  std::vector<bool> ys_ruled;   // ys_ruled[i]: boundary ys[i] is a drawn rule across the table
  std::vector<GridCell> cells;  // sorted by (row, col)
  std::vector<int> slot_cell;   // index into cells for slot (r, c) at r * cols() + c

  int rows() const { return static_cast<int>(ys.size()) - 1; }
  int cols() const { return static_cast<int>(xs.size()) - 1; }
  BBox box() const { return {xs.front(), ys.front(), xs.back(), ys.back()}; }
  // The cell holding point (x, y), or -1 when the point lies outside the grid.
  int CellAt(double x, double y) const;
};

struct GridTolerances {
  // Rules whose ends come this close to each other touch (producers stop lines short by up to
  // half a line width plus rounding).
  double touch = 3.0;
  // A border between two slots counts as drawn when rules cover this fraction of it ("mostly
  // ruled": broken or slightly short borders still separate cells).
  double covered = 0.5;
};

// The grids on a page, in reading order (top to bottom, then left to right). `rules` must be
// sorted as MergeSegments returns them.
std::vector<PageGrid> FindGrids(const Rules& rules, const GridTolerances& tol = {});

}  // namespace tablift::pdf
