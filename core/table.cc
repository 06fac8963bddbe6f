#include "core/table.h"

#include <fmt/core.h>

#include <vector>

namespace tablift {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

const Cell* CellAt(const Table& t, int row, int col) {
  for (const Cell& c : t.cells) {
    if (row >= c.pos.row && row < c.pos.row + c.span.rows && col >= c.pos.col &&
        col < c.pos.col + c.span.cols) {
      return &c;
    }
  }
  return nullptr;
}

std::string ValidateTable(const Table& t) {
  if (t.rows < 0 || t.cols < 0) return "negative grid size";
  std::vector<char> used(static_cast<size_t>(t.rows) * static_cast<size_t>(t.cols), 0);
  for (const Cell& c : t.cells) {
    if (c.span.rows < 1 || c.span.cols < 1) {
      return fmt::format("cell ({},{}) has an empty span", c.pos.row, c.pos.col);
    }
    if (c.pos.row < 0 || c.pos.col < 0 || c.pos.row + c.span.rows > t.rows ||
        c.pos.col + c.span.cols > t.cols) {
      return fmt::format("cell ({},{}) span {}x{} lies outside the {}x{} grid", c.pos.row,
                         c.pos.col, c.span.rows, c.span.cols, t.rows, t.cols);
    }
    for (int r = c.pos.row; r < c.pos.row + c.span.rows; ++r) {
      for (int k = c.pos.col; k < c.pos.col + c.span.cols; ++k) {
        char& slot = used[static_cast<size_t>(r) * t.cols + k];
        if (slot) return fmt::format("cells overlap at ({},{})", r, k);
        slot = 1;
      }
    }
  }
  return "";
}

std::string PlainText(const Cell& c) {
  std::string out;
  for (size_t i = 0; i < c.paragraphs.size(); ++i) {
    if (i) out += '\n';
    out += c.paragraphs[i].text;
  }
  return out;
}

}  // namespace tablift
