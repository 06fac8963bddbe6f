// Small helpers to build core Tables in tests: rows of plain-text cells, spans and lists.
#pragma once

#include <string>
#include <vector>

#include "core/table.h"

namespace tablift::testing {

inline Paragraph Para(std::string text, ListKind kind = ListKind::kNone, int level = 0,
                      std::string marker = "") {
  return Paragraph{std::move(text), ListInfo{kind, level, std::move(marker)}};
}

inline Cell MakeCell(int row, int col, std::vector<Paragraph> paragraphs, Span span = {}) {
  Cell c;
  c.pos = {row, col};
  c.span = span;
  c.paragraphs = std::move(paragraphs);
  return c;
}

inline Cell TextCell(int row, int col, const std::string& text, Span span = {}) {
  return MakeCell(row, col, {Para(text)}, span);
}

// A table of `rows` x `cols` plain cells, each holding its row number ("0" in row 0). Used by
// large_table_test.cc and bench/scaling.cc.
inline Table NumberedTable(int rows, int cols) {
  Table t;
  t.rows = rows;
  t.cols = cols;
  t.cells.reserve(static_cast<std::size_t>(rows) * cols);
  for (int r = 0; r < rows; ++r) {
    for (int k = 0; k < cols; ++k) t.cells.push_back(TextCell(r, k, std::to_string(r)));
  }
  return t;
}

// A table whose rows are given as texts, one cell per text; an empty string still makes a cell.
inline Table GridTable(const std::vector<std::vector<std::string>>& rows, int index = 1) {
  Table t;
  t.index = index;
  t.rows = static_cast<int>(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    t.cols = std::max(t.cols, static_cast<int>(rows[r].size()));
    for (size_t k = 0; k < rows[r].size(); ++k) {
      t.cells.push_back(TextCell(static_cast<int>(r), static_cast<int>(k), rows[r][k]));
    }
  }
  return t;
}

// Appends a row made of one cell spanning all columns (a section heading) at grid row `row`.
// Rows at and below `row` must not have cells yet; the grid grows by one row.
inline void AddFullWidthRow(Table& t, int row, const std::string& text) {
  t.cells.push_back(TextCell(row, 0, text, Span{1, t.cols}));
  t.rows = std::max(t.rows, row + 1);
}

}  // namespace tablift::testing
