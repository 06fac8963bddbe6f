// Cross-page stitching: page tables that continue one another become one logical table.
//
// A table on page p+1 continues the logical table ending on page p when it is the first table
// on its page, the other is the last on its page, both have the same column boundaries (each
// within a tolerance, in place or all shifted alike), and it opens no table of its own (no
// caption, no bold header rows other than a repeat). On the continuation, leading rows repeating
// the first page's leading rows (same text) are dropped as repeated headers. Its first remaining
// row is rejoined with the previous page's last row when the page break split that row (the
// rules are in docs/pdf.md "Tables across pages"). Pure apart from the diagnostics; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extractors/pdf/page_tables.h"
#include "extractors/pdf/paragraphs.h"

namespace tablift::pdf {

struct StitchedCell {
  GridPos pos;
  Span span;
  std::vector<CellPart> parts;      // one per page the cell is on
  std::vector<PageRegion> regions;  // same order as parts
};

struct StitchedTable {
  int rows = 0;
  int cols = 0;
  std::vector<double> xs;           // column boundaries of the first page
  std::vector<StitchedCell> cells;  // sorted by (row, col)
  std::vector<int> row_pages;       // page of each row's first part
  std::vector<PageRegion> regions;  // one per page
  int header_rows = 0;              // leading rows that are header rows
  std::string caption;
  std::string method;       // of the page tables (only tables of one method stitch)
  double confidence = 1.0;  // the least of its page tables'
};

struct StitchTolerances {
  // Column boundaries within this distance are the same (pages are laid out by one engine).
  double same_column = 3.0;
  // For tables without rulings the boundaries are placed in the white space between columns,
  // which moves with the widest value on each page.
  double same_stream_column = 10.0;
};

// Joins `tables` (in document order) into logical tables. Each rejoined split row adds the info
// diagnostic "pdf.lattice-row-rejoined" naming the page and the rule that applied.
std::vector<StitchedTable> Stitch(std::vector<PageTable> tables, Diagnostics& diagnostics,
                                  const StitchTolerances& tol = {});

// The text of a cell's lines joined with spaces, for comparing repeated header rows.
std::string CellKey(const std::vector<TextLine>& lines);

}  // namespace tablift::pdf
