#include "normalizer/grid_index.h"

#include <fmt/core.h>

#include <algorithm>

namespace tablift {
namespace {

// Moves a cell's position into the grid and shrinks its span to fit; returns false when it
// already fitted.
bool Clip(PlacedCell& p, int rows, int cols) {
  const PlacedCell before = p;
  p.pos.row = std::clamp(p.pos.row, 0, rows - 1);
  p.pos.col = std::clamp(p.pos.col, 0, cols - 1);
  p.span.rows = std::clamp(p.span.rows, 1, rows - p.pos.row);
  p.span.cols = std::clamp(p.span.cols, 1, cols - p.pos.col);
  return p.pos != before.pos || p.span != before.span;
}

Diagnostic RepairDiagnostic(const Table& t, const char* code, const std::string& message) {
  return Diagnostic{Severity::kWarning, code, message, fmt::format("table {}", t.index)};
}

}  // namespace

GridIndex::GridIndex(const Table& table, Diagnostics& diagnostics)
    : rows_(static_cast<size_t>(std::max(table.rows, 0))) {
  if (table.rows <= 0 || table.cols <= 0) {
    if (!table.cells.empty()) {
      diagnostics.push_back(
          RepairDiagnostic(table, "normalizer.cell-outside-grid",
                           fmt::format("the grid is {}x{}, so its {} cells were ignored",
                                       table.rows, table.cols, table.cells.size())));
    }
    return;
  }
  cells_.reserve(table.cells.size());
  for (size_t i = 0; i < table.cells.size(); ++i) {
    const Cell& c = table.cells[i];
    PlacedCell p{static_cast<int>(i), c.pos, c.span};
    if (Clip(p, table.rows, table.cols)) {
      diagnostics.push_back(RepairDiagnostic(
          table, "normalizer.cell-outside-grid",
          fmt::format("cell ({},{}) span {}x{} does not fit the {}x{} grid; clipped to ({},{}) "
                      "span {}x{}",
                      c.pos.row, c.pos.col, c.span.rows, c.span.cols, table.rows, table.cols,
                      p.pos.row, p.pos.col, p.span.rows, p.span.cols)));
    }
    for (int r = p.pos.row; r <= p.last_row(); ++r) {
      rows_[static_cast<size_t>(r)].push_back(static_cast<int>(cells_.size()));
    }
    cells_.push_back(p);
  }
  bool overlap_reported = false;
  for (size_t r = 0; r < rows_.size(); ++r) {
    auto& row = rows_[r];
    std::stable_sort(row.begin(), row.end(),
                     [&](int a, int b) { return cells_[a].pos.col < cells_[b].pos.col; });
    for (size_t k = 1; k < row.size() && !overlap_reported; ++k) {
      const PlacedCell& prev = cells_[row[k - 1]];
      if (cells_[row[k]].pos.col < prev.pos.col + prev.span.cols) {
        overlap_reported = true;
        diagnostics.push_back(RepairDiagnostic(
            table, "normalizer.cell-overlap",
            fmt::format("cells overlap in grid row {}; their texts are joined", r)));
      }
    }
  }
}

}  // namespace tablift
