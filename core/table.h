// The extracted document model: tables as an extractor found them.
//
// A Table is a sparse list of cells over a dense rows x cols grid. A merged cell is ONE Cell
// whose Span covers several grid slots (never copies). Invariants (checked by ValidateTable):
// every cell lies inside the grid, no two cells overlap; grid slots that no cell covers are
// allowed (e.g. w:gridBefore) and read as empty. Cell content is a list of paragraphs, each with
// its list information, text as extracted (UTF-8, not yet normalized: the normalizer does NFC,
// whitespace and marker rendering). Plain values: thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/geometry.h"

namespace tablift {

enum class ListKind { kNone, kBullet, kNumbered };

// A paragraph's list membership. For kBullet the marker is "•" (every bullet glyph maps to
// U+2022); for kNumbered it is the rendered number such as "1.", "a)", "iv." . Level from 0.
struct ListInfo {
  ListKind kind = ListKind::kNone;
  int level = 0;
  std::string marker;
};

// One paragraph of a cell. `text` excludes the list marker. A line break inside the paragraph
// (w:br, or a PDF line the extractor kept as a break) is "\n"; tabs are "\t".
struct Paragraph {
  std::string text;
  ListInfo list;
};

// One cell. `locator` says where it came from inside the source (DOCX: "tbl 1 row 3 cell 2";
// PDF: "page 4"); `regions` lists its box on every page it touches (PDF only).
struct Cell {
  GridPos pos;
  Span span;
  bool header = false;  // a header cell (w:tblHeader row, TH, repeated header)
  std::vector<Paragraph> paragraphs;
  std::vector<int> nested_tables;  // Table::index of tables nested in this cell, in order
  std::string locator;
  std::vector<PageRegion> regions;
};

// One logical table. `index` is 1-based in document order (nested tables included, each after
// its parent). For a table continued over several pages, `regions` has one entry per page.
struct Table {
  int index = 0;
  std::string caption;  // "" when none was found
  int rows = 0;
  int cols = 0;
  std::vector<Cell> cells;          // sorted by (row, col)
  std::vector<int> header_rows;     // grid rows the source marks as header rows, ascending
  std::optional<int> parent_table;  // set for a nested table: the parent's index
  std::optional<GridPos> parent_cell;
  std::string method;  // "docx", "pdf.lattice", "pdf.stream", "pdf.tagged"
  // PDF page finders: how sure the finder is that this is a table with these cells, 0..1
  // (docs/pdf.md "Confidence"); unset for DOCX and tagged tables, whose structure is given.
  std::optional<double> confidence;
  std::string locator;              // DOCX: "word/document.xml tbl 2"; PDF: "pages 3-7"
  std::vector<PageRegion> regions;  // PDF: the table's box on each page
  std::vector<int> row_pages;       // PDF: first page of each grid row (empty for DOCX)
  Diagnostics diagnostics;
};

// What the tablift reader knows about the input file.
struct SourceInfo {
  std::string path;       // as given by the user
  std::string file_name;  // base name
  std::string format;     // the extractor's FormatName(): "docx", "pdf", ...
  std::string sha256;     // lowercase hex of the file's bytes
  std::uint64_t bytes = 0;
  int pages = 0;  // PDF page count (0 for DOCX)
};

struct Document {
  SourceInfo source;
  std::vector<Table> tables;
  Diagnostics diagnostics;  // document-level problems (e.g. a page without text)
};

// Returns the cell covering grid slot (row, col), or nullptr when none does.
const Cell* CellAt(const Table& t, int row, int col);

// Checks the invariants above; returns a description of the first violation, or "" when valid.
std::string ValidateTable(const Table& t);

// All paragraphs' text of a cell joined with "\n" (list markers not included). For tests/debug.
std::string PlainText(const Cell& c);

}  // namespace tablift
