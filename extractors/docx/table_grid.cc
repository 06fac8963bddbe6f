#include "extractors/docx/table_grid.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "extractors/docx/styles.h"
#include "extractors/package/table_build.h"

namespace tablift::docx {
namespace {

enum class VMerge { kNone, kRestart, kContinue };

struct CellLayout {
  pugi::xml_node tc;
  int span = 1;
  VMerge vmerge = VMerge::kNone;
  bool hmerge_continue = false;  // legacy w:hMerge continuation: widens the cell before it
};

struct RowLayout {
  int before = 0;
  int after = 0;
  bool header = false;
  std::vector<CellLayout> cells;
  std::int64_t Width() const {
    std::int64_t w = std::int64_t{before} + after;
    for (const CellLayout& c : cells) w += c.span;
    return w;
  }
};

void Warn(Table& t, std::string code, std::string message, std::string where) {
  t.diagnostics.push_back(
      {Severity::kWarning, std::move(code), std::move(message), std::move(where)});
}

// A count attribute (gridSpan, gridBefore, ...) as a value in [min, limit]; absent gives `min`.
int CountAttr(pugi::xml_node n, const Names& w, int min, int limit, Table& t) {
  if (!n) return min;
  const std::optional<int> v = IntAttr(n, w);
  if (v && *v >= min && *v <= limit) return *v;
  Warn(t, "docx.bad-count",
       fmt::format("{} value '{}' is invalid; {} used", n.name(), w.Attr(n, "val").value(), min),
       t.locator);
  return min;
}

CellLayout ReadCell(pugi::xml_node tc, const Names& w, const Limits& limits, Table& t) {
  CellLayout c{tc};
  const pugi::xml_node pr = w.Child(tc, "tcPr");
  c.span = CountAttr(w.Child(pr, "gridSpan"), w, 1, limits.max_grid_cols, t);
  if (pugi::xml_node vm = w.Child(pr, "vMerge")) {
    c.vmerge = std::string_view(w.Attr(vm, "val").value()) == "restart" ? VMerge::kRestart
                                                                        : VMerge::kContinue;
  }
  if (pugi::xml_node hm = w.Child(pr, "hMerge")) {
    c.hmerge_continue = std::string_view(w.Attr(hm, "val").value()) != "restart";
  }
  return c;
}

std::vector<RowLayout> ReadRows(pugi::xml_node tbl, const Names& w, const Limits& limits,
                                Table& t) {
  std::vector<RowLayout> rows;
  ContentWalker walker(w);
  walker.ForEach(tbl, [&](pugi::xml_node tr) {
    if (!w.Is(tr, "tr")) return;
    const pugi::xml_node pr = w.Child(tr, "trPr");
    if (w.Child(pr, "del")) return;  // a row deleted as a tracked change
    RowLayout row;
    row.before = CountAttr(w.Child(pr, "gridBefore"), w, 0, limits.max_grid_cols, t);
    row.after = CountAttr(w.Child(pr, "gridAfter"), w, 0, limits.max_grid_cols, t);
    const pugi::xml_node header = w.Child(pr, "tblHeader");
    row.header = header && OnOff(header, w);
    walker.ForEach(tr, [&](pugi::xml_node tc) {
      if (w.Is(tc, "tc")) row.cells.push_back(ReadCell(tc, w, limits, t));
    });
    rows.push_back(std::move(row));
  });
  if (walker.skipped_too_deep() > 0) {
    Warn(t, "docx.too-deep", "content nested too deeply in wrappers was skipped", t.locator);
  }
  return rows;
}

int GridColumns(pugi::xml_node tbl, const Names& w, const std::vector<RowLayout>& rows,
                const Limits& limits, Table& t) {
  std::int64_t cols = 0;
  for (pugi::xml_node g : w.Child(tbl, "tblGrid").children()) cols += w.Is(g, "gridCol") ? 1 : 0;
  for (const RowLayout& r : rows) cols = std::max(cols, r.Width());
  if (cols > limits.max_grid_cols) {
    Warn(t, "docx.too-many-columns",
         fmt::format("the table has {} columns; columns past {} were dropped", cols,
                     limits.max_grid_cols),
         t.locator);
    cols = limits.max_grid_cols;
  }
  return static_cast<int>(cols);
}

// Places cells row by row. `open[c]` is the index of the last cell that starts at column c.
class Placer {
 public:
  Placer(Table& t, const Limits& limits, const CellFiller& fill)
      : t_(t), limits_(limits), fill_(fill), open_(static_cast<std::size_t>(t.cols), -1) {}

  void Row(const RowLayout& row, int r) {
    int col = row.before;
    int last = -1;  // the cell this row placed last, which a w:hMerge continuation widens
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const CellLayout& c = row.cells[i];
      if (col + c.span > t_.cols) {
        Warn(t_, "docx.cell-outside-grid", "cells past the last grid column were dropped",
             Where(r, i));
        return;
      }
      if (c.hmerge_continue && Widen(last, c, col)) {
        col += c.span;
        continue;
      }
      last = Place(c, r, col, row.header, Where(r, i));
      col += c.span;
    }
  }

 private:
  std::string Where(int r, std::size_t i) const {
    return fmt::format("{} row {} cell {}", t_.locator, r + 1, i + 1);
  }

  // The cell a continuation at (r, col) with width `span` extends, or -1.
  int Above(int r, int col, int span) const {
    const int idx = open_[static_cast<std::size_t>(col)];
    if (idx < 0) return -1;
    const Cell& above = t_.cells[static_cast<std::size_t>(idx)];
    const bool fits = above.span.cols == span && above.pos.row + above.span.rows == r;
    return fits ? idx : -1;
  }

  // Widens cell `idx` (placed in this row, ending at `col`) by continuation `c`.
  bool Widen(int idx, const CellLayout& c, int col) {
    if (idx < 0) return false;
    Cell& cell = t_.cells[static_cast<std::size_t>(idx)];
    if (cell.span.rows != 1 || cell.pos.col + cell.span.cols != col) return false;
    cell.span.cols += c.span;
    AppendContent(c, cell);
    return true;
  }

  // Places `c` as a new cell, or extends the cell above it; returns the new cell's index or -1.
  int Place(const CellLayout& c, int r, int col, bool header, const std::string& where) {
    if (c.vmerge == VMerge::kContinue) {
      const int idx = Above(r, col, c.span);
      if (idx >= 0) {
        Cell& above = t_.cells[static_cast<std::size_t>(idx)];
        above.span.rows += 1;
        AppendContent(c, above);
        return -1;
      }
      t_.diagnostics.push_back({Severity::kInfo, "docx.vmerge-orphan",
                                "a vertically merged cell continues no cell above it", where});
    }
    if (t_.cells.size() >= limits_.max_cells_per_table) {
      if (!cells_capped_) {
        Warn(t_, "docx.too-many-cells", "cells past the per-table limit were dropped", where);
      }
      cells_capped_ = true;
      return -1;
    }
    Cell cell;
    cell.pos = {r, col};
    cell.span = {1, c.span};
    cell.header = header;
    cell.locator = where;
    fill_(c.tc, cell);
    const int idx = static_cast<int>(t_.cells.size());
    open_[static_cast<std::size_t>(col)] = idx;
    t_.cells.push_back(std::move(cell));
    return idx;
  }

  // Appends the non-empty paragraphs and nested tables of merged-away cell `c` to `into`.
  void AppendContent(const CellLayout& c, Cell& into) {
    Cell more;
    more.pos = into.pos;
    fill_(c.tc, more);
    package::AppendMergedContent(std::move(more), into);
  }

  Table& t_;
  const Limits& limits_;
  const CellFiller& fill_;
  std::vector<int> open_;
  bool cells_capped_ = false;
};

}  // namespace

void BuildTableGrid(pugi::xml_node tbl, const Names& w, const Limits& limits,
                    const CellFiller& fill, Table& table) {
  std::vector<RowLayout> rows = ReadRows(tbl, w, limits, table);
  if (rows.size() > static_cast<std::size_t>(limits.max_grid_rows)) {
    Warn(table, "docx.too-many-rows",
         fmt::format("the table has {} rows; rows past {} were dropped", rows.size(),
                     limits.max_grid_rows),
         table.locator);
    rows.resize(static_cast<std::size_t>(limits.max_grid_rows));
  }
  table.cols = GridColumns(tbl, w, rows, limits, table);
  table.rows = static_cast<int>(rows.size());
  Placer placer(table, limits, fill);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].header) table.header_rows.push_back(static_cast<int>(r));
    placer.Row(rows[r], static_cast<int>(r));
  }
}

}  // namespace tablift::docx
