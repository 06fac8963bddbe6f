#include "extractors/pdf/lattice_rows.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace tablift::pdf {
namespace {

// A line lies inside a row when it sticks out of it by at most this much (points).
constexpr double kRowSlack = 1.0;
// The lines must fill at least this many rows: a merged cell of two rows whose text wraps onto
// two lines ("Chronic fatigue / syndrome") has one line in each by chance.
constexpr std::size_t kMinRows = 3;

// The row of each line when every line lies inside one of the rows the cell spans and they
// fill at least kMinRows rows; else empty.
std::vector<int> RowsOfLines(const PageGrid& g, const GridCell& c,
                             const std::vector<TextLine>& lines) {
  std::vector<int> rows;
  for (const TextLine& l : lines) {
    int row = -1;
    for (int r = c.pos.row; r < c.pos.row + c.span.rows; ++r) {
      const auto i = static_cast<std::size_t>(r);
      if (l.box.y0 >= g.ys[i] - kRowSlack && l.box.y1 <= g.ys[i + 1] + kRowSlack) row = r;
    }
    if (row < 0) return {};
    rows.push_back(row);
  }
  if (std::set<int>(rows.begin(), rows.end()).size() < kMinRows) return {};
  return rows;
}

void Reindex(PageTable& t) {
  std::vector<std::size_t> order(t.grid.cells.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return t.grid.cells[a].pos < t.grid.cells[b].pos;
  });
  PageTable sorted = t;
  sorted.grid.cells.clear();
  sorted.cell_lines.clear();
  for (std::size_t i : order) {
    sorted.grid.cells.push_back(t.grid.cells[i]);
    sorted.cell_lines.push_back(std::move(t.cell_lines[i]));
  }
  const int cols = sorted.grid.cols();
  for (std::size_t i = 0; i < sorted.grid.cells.size(); ++i) {
    const GridCell& c = sorted.grid.cells[i];
    for (int r = c.pos.row; r < c.pos.row + c.span.rows; ++r)
      for (int k = c.pos.col; k < c.pos.col + c.span.cols; ++k)
        sorted.grid.slot_cell[static_cast<std::size_t>(r * cols + k)] = static_cast<int>(i);
  }
  t = std::move(sorted);
}

}  // namespace

int SplitUnruledRows(PageTable& t) {
  int split = 0;
  const std::size_t n = t.grid.cells.size();
  for (std::size_t i = 0; i < n; ++i) {
    const GridCell c = t.grid.cells[i];
    if (c.span.rows < 2) continue;
    const std::vector<int> rows = RowsOfLines(t.grid, c, t.cell_lines[i]);
    if (rows.empty()) continue;
    std::vector<TextLine> lines = std::move(t.cell_lines[i]);
    for (int r = c.pos.row; r < c.pos.row + c.span.rows; ++r) {
      const auto y = static_cast<std::size_t>(r);
      GridCell part{
          {r, c.pos.col}, {1, c.span.cols}, {c.box.x0, t.grid.ys[y], c.box.x1, t.grid.ys[y + 1]}};
      std::vector<TextLine> mine;
      for (std::size_t k = 0; k < lines.size(); ++k)
        if (rows[k] == r) mine.push_back(lines[k]);
      if (r == c.pos.row) {
        t.grid.cells[i] = part;
        t.cell_lines[i] = std::move(mine);
      } else {
        t.grid.cells.push_back(part);
        t.cell_lines.push_back(std::move(mine));
      }
    }
    ++split;
  }
  if (split > 0) Reindex(t);
  return split;
}

}  // namespace tablift::pdf
