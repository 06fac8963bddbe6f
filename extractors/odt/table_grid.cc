#include "extractors/odt/table_grid.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "extractors/package/table_build.h"

namespace tablift::odt {
namespace {

struct CellLayout {
  pugi::xml_node element;
  bool covered = false;
  int repeat = 1;
  int col_span = 1;
  int row_span = 1;
};

struct RowLayout {
  bool header = false;
  int repeat = 1;
  std::vector<CellLayout> cells;
  std::int64_t Width() const {
    std::int64_t w = 0;
    for (const CellLayout& c : cells) w += c.repeat;
    return w;
  }
};

void Warn(Table& t, std::string code, std::string message, std::string where) {
  t.diagnostics.push_back(
      {Severity::kWarning, std::move(code), std::move(message), std::move(where)});
}

class RowReader {
 public:
  RowReader(const OdfNames& n, const Limits& limits) : n_(n), limits_(limits) {}

  // Rows of `parent`, descending into row groups (at most kMaxGroupDepth deep).
  void Rows(pugi::xml_node parent, bool header, int depth, std::vector<RowLayout>& out) {
    static constexpr int kMaxGroupDepth = 32;
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
      const std::string_view local = n_.table.Local(c);
      if (local == "table-row") {
        out.push_back(Row(c, header));
      } else if (local == "table-header-rows" || local == "table-rows" ||
                 local == "table-row-group") {
        if (depth < kMaxGroupDepth) Rows(c, header || local == "table-header-rows", depth + 1, out);
      }
    }
  }

  bool clamped() const { return clamped_; }

 private:
  RowLayout Row(pugi::xml_node tr, bool header) {
    RowLayout row;
    row.header = header;
    row.repeat =
        CountAttr(n_.table.Attr(tr, "number-rows-repeated"), limits_.max_grid_rows, &clamped_);
    for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
      const std::string_view local = n_.table.Local(tc);
      if (local != "table-cell" && local != "covered-table-cell") continue;
      CellLayout c{tc, local == "covered-table-cell"};
      c.repeat =
          CountAttr(n_.table.Attr(tc, "number-columns-repeated"), limits_.max_grid_cols, &clamped_);
      c.col_span =
          CountAttr(n_.table.Attr(tc, "number-columns-spanned"), limits_.max_grid_cols, &clamped_);
      c.row_span =
          CountAttr(n_.table.Attr(tc, "number-rows-spanned"), limits_.max_grid_rows, &clamped_);
      row.cells.push_back(c);
    }
    return row;
  }

  const OdfNames& n_;
  const Limits& limits_;
  bool clamped_ = false;
};

int DeclaredColumns(pugi::xml_node tbl, const OdfNames& n, int depth = 0) {
  static constexpr int kMaxGroupDepth = 32;
  std::int64_t cols = 0;
  for (pugi::xml_node c = tbl.first_child(); c; c = c.next_sibling()) {
    const std::string_view local = n.table.Local(c);
    if (local == "table-column") {
      cols += CountAttr(n.table.Attr(c, "number-columns-repeated"), 1 << 30);
    } else if ((local == "table-header-columns" || local == "table-columns" ||
                local == "table-column-group") &&
               depth < kMaxGroupDepth) {
      cols += DeclaredColumns(c, n, depth + 1);
    }
    cols = std::min<std::int64_t>(cols, 1 << 30);
  }
  return static_cast<int>(cols);
}

// Places cells row by row. covered_until_[c] is the first row below the cell covering column c
// (so a slot (r, c) is taken when covered_until_[c] > r); cover_[c] is that cell's index.
class Placer {
 public:
  Placer(Table& t, const Limits& limits, const CellFiller& fill)
      : t_(t),
        limits_(limits),
        fill_(fill),
        covered_until_(static_cast<std::size_t>(t.cols), 0),
        cover_(static_cast<std::size_t>(t.cols), -1) {}

  void Row(const RowLayout& row, int r) {
    int col = 0;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const CellLayout& c = row.cells[i];
      for (int k = 0; k < c.repeat; ++k, ++col) {
        if (col >= t_.cols) return;  // the row is wider than the column limit: already reported
        Slot(c, r, col, row.header);
      }
    }
  }

 private:
  std::string Where(int r, int col) const {
    return fmt::format("{} row {} cell {}", t_.locator, r + 1, col + 1);
  }
  bool Taken(int r, int col) const { return covered_until_[static_cast<std::size_t>(col)] > r; }

  void Slot(const CellLayout& c, int r, int col, bool header) {
    if (Taken(r, col)) {
      if (!c.covered) {
        Warn(t_, "odt.cell-overlaps-span",
             "a cell lies under another cell's span; its content was joined to that cell",
             Where(r, col));
      }
      AppendContent(c, t_.cells[static_cast<std::size_t>(cover_[static_cast<std::size_t>(col)])]);
      return;
    }
    if (c.covered) {
      if (!HasContent(c)) return;
      t_.diagnostics.push_back({Severity::kInfo, "odt.covered-orphan",
                                "a covered cell with content lies under no span", Where(r, col)});
    }
    Place(c, r, col, header);
  }

  void Place(const CellLayout& c, int r, int col, bool header) {
    if (t_.cells.size() >= limits_.max_cells_per_table) {
      if (!cells_capped_) {
        Warn(t_, "odt.too-many-cells", "cells past the per-table limit were dropped",
             Where(r, col));
      }
      cells_capped_ = true;
      return;
    }
    int cols = c.covered ? 1 : std::min(c.col_span, t_.cols - col);
    for (int j = 1; j < cols; ++j) {
      if (Taken(r, col + j)) cols = j;
    }
    Cell cell;
    cell.pos = {r, col};
    cell.span = {c.covered ? 1 : std::min(c.row_span, t_.rows - r), cols};
    cell.header = header;
    cell.locator = Where(r, col);
    fill_(c.element, cell);
    const int idx = static_cast<int>(t_.cells.size());
    for (int j = 0; j < cell.span.cols; ++j) {
      covered_until_[static_cast<std::size_t>(col + j)] = r + cell.span.rows;
      cover_[static_cast<std::size_t>(col + j)] = idx;
    }
    t_.cells.push_back(std::move(cell));
  }

  static bool HasContent(const CellLayout& c) { return c.element.first_child(); }

  // Appends the non-empty paragraphs and nested tables of covered cell `c` to `into`.
  void AppendContent(const CellLayout& c, Cell& into) {
    if (!HasContent(c)) return;
    Cell more;
    more.pos = into.pos;
    more.locator = into.locator;
    fill_(c.element, more);
    package::AppendMergedContent(std::move(more), into);
  }

  Table& t_;
  const Limits& limits_;
  const CellFiller& fill_;
  std::vector<int> covered_until_;
  std::vector<int> cover_;
  bool cells_capped_ = false;
};

// Expands row repeats, up to the row limit.
std::vector<const RowLayout*> GridRows(const std::vector<RowLayout>& rows, const Limits& limits,
                                       Table& t) {
  std::vector<const RowLayout*> out;
  std::int64_t total = 0;
  for (const RowLayout& r : rows) total += r.repeat;
  if (total > limits.max_grid_rows) {
    Warn(t, "odt.too-many-rows",
         fmt::format("the table has {} rows; rows past {} were dropped", total,
                     limits.max_grid_rows),
         t.locator);
  }
  for (const RowLayout& r : rows) {
    for (int k = 0; k < r.repeat && out.size() < static_cast<std::size_t>(limits.max_grid_rows);
         ++k) {
      out.push_back(&r);
    }
  }
  return out;
}

int GridColumns(pugi::xml_node tbl, const OdfNames& n, const std::vector<RowLayout>& rows,
                const Limits& limits, Table& t) {
  std::int64_t cols = DeclaredColumns(tbl, n);
  for (const RowLayout& r : rows) cols = std::max(cols, r.Width());
  if (cols > limits.max_grid_cols) {
    Warn(t, "odt.too-many-columns",
         fmt::format("the table has {} columns; columns past {} were dropped", cols,
                     limits.max_grid_cols),
         t.locator);
    cols = limits.max_grid_cols;
  }
  return static_cast<int>(cols);
}

}  // namespace

void BuildTableGrid(pugi::xml_node tbl, const OdfNames& n, const Limits& limits,
                    const Deadline& deadline, const CellFiller& fill, Table& table) {
  std::vector<RowLayout> layout;
  RowReader reader(n, limits);
  reader.Rows(tbl, false, 0, layout);
  if (reader.clamped()) {
    Warn(table, "odt.count-clamped", "a repeat or span count over the grid limits was cut",
         table.locator);
  }
  const std::vector<const RowLayout*> rows = GridRows(layout, limits, table);
  table.cols = GridColumns(tbl, n, layout, limits, table);
  table.rows = static_cast<int>(rows.size());
  Placer placer(table, limits, fill);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    deadline.Check();
    if (rows[r]->header) table.header_rows.push_back(static_cast<int>(r));
    placer.Row(*rows[r], static_cast<int>(r));
  }
}

}  // namespace tablift::odt
