// TableGridBuilder: the grid of one w:tbl: rows, columns, cells with spans and header rows.
//
// Rows are the w:tr elements (also inside w:sdt/w:customXml wrappers), minus rows deleted as a
// tracked change (w:trPr/w:del). A row starts at column w:gridBefore; each w:tc covers w:gridSpan
// columns; w:gridAfter and short rows leave slots uncovered. A w:vMerge continuation cell
// extends the cell above it (same first column and width) by one row, and its content, if any,
// is appended to that cell; a continuation with no such cell above becomes a cell of its own with
// a "docx.vmerge-orphan" diagnostic. The column count is the largest of w:tblGrid and the widest
// row. Every count read from the file is checked against Limits before it becomes an index:
// rows, columns and cells over the limits are dropped with a diagnostic, so the result always
// passes ValidateTable. Not thread-safe; one builder per table.
#pragma once

#include <functional>
#include <string>

#include "core/limits.h"
#include "core/table.h"
#include "extractors/docx/content_walk.h"
#include "extractors/docx/word_part.h"

namespace tablift::docx {

// Fills a cell's paragraphs and nested tables from its w:tc. The cell's position is set.
using CellFiller = std::function<void(pugi::xml_node tc, Cell& cell)>;

// Builds `table`'s rows, cols, cells and header_rows from `tbl`. table.locator must be set (cell
// locators extend it); diagnostics are appended to table.diagnostics.
void BuildTableGrid(pugi::xml_node tbl, const Names& w, const Limits& limits,
                    const CellFiller& fill, Table& table);

}  // namespace tablift::docx
