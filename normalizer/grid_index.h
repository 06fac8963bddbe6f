// GridIndex: for each grid row of a Table, the cells that cover it, in column order. Built once
// per table in time linear in the cells and their row spans, so the normalizer never scans the
// cell list per slot (core's CellAt is O(cells) per call).
//
// The index is defensive: a cell that lies partly or wholly outside the grid is clipped into it
// and overlapping cells are both kept; each such repair adds one diagnostic. Immutable after
// construction: thread-compatible.
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "core/geometry.h"
#include "core/table.h"

namespace tablift {

// A cell of the table with its position and span clipped to the grid.
struct PlacedCell {
  int cell = 0;  // index into Table::cells
  GridPos pos;
  Span span;
  int last_row() const { return pos.row + span.rows - 1; }
  bool covers_all_columns(int cols) const { return pos.col == 0 && span.cols == cols; }
};

class GridIndex {
 public:
  // Appends a diagnostic per repair (cell clipped, cells overlapping) to `diagnostics`.
  GridIndex(const Table& table, Diagnostics& diagnostics);

  const std::vector<PlacedCell>& cells() const { return cells_; }
  // Indices into cells() of the cells covering grid row `row`, by ascending column.
  const std::vector<int>& covering(int row) const { return rows_[static_cast<size_t>(row)]; }
  int rows() const { return static_cast<int>(rows_.size()); }

 private:
  std::vector<PlacedCell> cells_;
  std::vector<std::vector<int>> rows_;
};

}  // namespace tablift
