// The ruled tables of one page: grids with their words placed in cells, and their captions.
//
// Each word goes into the cell holding its centre; words outside every grid are not table text
// (the lines directly above a grid may be its caption). Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "extractors/pdf/grid.h"
#include "extractors/pdf/page_content.h"
#include "extractors/pdf/text_lines.h"

namespace tablift::pdf {

struct PageTable {
  int page = 0;
  PageGrid grid;
  std::vector<std::vector<TextLine>> cell_lines;  // per grid.cells entry, top to bottom
  std::string caption;                            // "" when none is directly above
  std::string method = "pdf.lattice";             // the finder that found it
  int header_rows = -1;     // leading header rows the finder knows of; -1: decide by boldness
  double confidence = 1.0;  // 0..1: how sure the finder is of the table and its cells
};

// The tables on `page` (which must outlive them: lines point at its words), top to bottom.
// Grids without any word are skipped with an info diagnostic (a drawn box is not a table).
std::vector<PageTable> FindPageTables(const Page& page, Diagnostics& diagnostics);

// The caption directly above `box` among `lines` (the page's lines outside tables, top to
// bottom): the block of closely spaced lines just above the table, from its line that starts
// with a table label and number ("Tabel 1.", "Table 2:", "Tabelle 3") down to the table.
std::string FindCaption(const std::vector<TextLine>& lines, const BBox& box);

}  // namespace tablift::pdf
