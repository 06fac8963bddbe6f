// Resource limits applied while reading a document (docs/limits.md). Every limit has a default
// that real government reports stay far below; exceeding one is an Error (kBadInput; kResource
// for the output budget) when the whole document is affected, or a Diagnostic when only one
// table or cell is.
#pragma once

#include <cstdint>

namespace tablift {

struct Limits {
  // Largest inflated size of one ZIP entry (DOCX parts). Checked while inflating, never trusting
  // the size the archive declares, so a zip bomb stops after this many bytes.
  std::uint64_t max_entry_bytes = 64ull << 20;
  // Most text one input's results may hold: cell texts as read, and the records built from
  // them, where a merged cell's text counts once per record it fills (core/budget.h). Passing
  // it is an Error (kResource). The sample report's records hold 0.2 MiB.
  std::uint64_t max_output_bytes = 256ull << 20;
  // Largest input file read into memory.
  std::uint64_t max_input_bytes = 2ull << 30;
  // Largest grid of one table; a table over it is truncated with a diagnostic.
  int max_grid_rows = 100000;
  int max_grid_cols = 1000;
  // Most cells in one table.
  std::uint64_t max_cells_per_table = 1000000;
  // Most text (bytes) kept in one cell; the rest is cut with a diagnostic.
  std::uint64_t max_cell_text_bytes = 1u << 20;
  // Deepest table nesting followed (tables inside cells inside tables ...).
  int max_nesting_depth = 32;
  // Most PDF pages read.
  int max_pages = 20000;
  // Longest wall-clock time (seconds) one document's extraction may take; <= 0 means no limit.
  // Checked between blocks (DOCX) and pages (PDF) and inside a page's drawing (core/deadline.h);
  // passing it is an Error (kBadInput). The sample reports take well under a second.
  double max_seconds = 300;
};

}  // namespace tablift
