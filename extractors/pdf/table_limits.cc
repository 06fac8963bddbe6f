#include "extractors/pdf/table_limits.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace tablift::pdf {
namespace {

void Warn(Table& t, const char* code, std::string message) {
  t.diagnostics.push_back({Severity::kWarning, code, std::move(message), t.locator});
}

// Cuts the cell's paragraphs so their text totals at most `budget` bytes; true when it cut.
bool CutText(Cell& cell, std::uint64_t budget) {
  bool cut = false;
  for (Paragraph& p : cell.paragraphs) {
    if (p.text.size() <= budget) {
      budget -= p.text.size();
      continue;
    }
    std::size_t n = static_cast<std::size_t>(budget);
    while (n > 0 && (static_cast<unsigned char>(p.text[n]) & 0xC0) == 0x80) --n;
    p.text.resize(n);
    budget = 0;
    cut = true;
  }
  return cut;
}

}  // namespace

void ApplyTableLimits(Table& t, const Limits& limits) {
  const int rows = std::clamp(t.rows, 0, std::max(limits.max_grid_rows, 0));
  const int cols = std::clamp(t.cols, 0, std::max(limits.max_grid_cols, 0));
  if (rows < t.rows)
    Warn(t, "pdf.too-many-rows", fmt::format("only the first {} rows are kept", rows));
  if (cols < t.cols) {
    Warn(t, "pdf.too-many-columns", fmt::format("only the first {} columns are kept", cols));
  }
  std::vector<Cell> kept;
  bool too_many = false, text_cut = false;
  for (Cell& c : t.cells) {
    if (c.pos.row >= rows || c.pos.col >= cols) continue;
    if (kept.size() >= limits.max_cells_per_table) {
      too_many = true;
      break;
    }
    c.span.rows = std::min(c.span.rows, rows - c.pos.row);
    c.span.cols = std::min(c.span.cols, cols - c.pos.col);
    text_cut = CutText(c, limits.max_cell_text_bytes) || text_cut;
    kept.push_back(std::move(c));
  }
  if (too_many) {
    Warn(t, "pdf.too-many-cells",
         fmt::format("cells past the limit of {} per table were dropped",
                     limits.max_cells_per_table));
  }
  if (text_cut) {
    Warn(t, "pdf.cell-text-cut",
         fmt::format("text of some cells was cut at {} bytes", limits.max_cell_text_bytes));
  }
  t.rows = rows;
  t.cols = cols;
  t.cells = std::move(kept);
  std::erase_if(t.header_rows, [rows](int r) { return r >= rows; });
  if (t.row_pages.size() > static_cast<std::size_t>(rows))
    t.row_pages.resize(static_cast<std::size_t>(rows));
}

}  // namespace tablift::pdf
