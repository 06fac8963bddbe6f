// BuildTableGrid (ODT): the grid of one table:table: rows, columns, cells with spans, header rows.
//
// Rows are the table:table-row elements, also inside table:table-header-rows (header rows),
// table:table-rows and table:table-row-group; soft page breaks between rows are skipped. Every
// grid slot of a row has one element: a table:table-cell starts a cell spanning
// table:number-columns-spanned x table:number-rows-spanned slots, a table:covered-table-cell is
// a slot such a span covers (its content, if any, is appended to the covering cell; a covered
// cell under no span with content becomes a cell of its own with "odt.covered-orphan").
// table:number-rows-repeated / number-columns-repeated repeat a row or cell. The column count is
// the larger of the table:table-column declarations and the widest row. Every count read from
// the file is checked against Limits before it becomes an index: rows, columns and cells over
// the limits are dropped with a diagnostic, spans are cut at the grid's edge and at slots already
// covered, so the result always passes ValidateTable. Not thread-safe; one call per table.
#pragma once

#include <functional>

#include "core/deadline.h"
#include "core/limits.h"
#include "core/table.h"
#include "extractors/odt/odf_names.h"

namespace tablift::odt {

// Fills a cell's paragraphs and nested tables from its table:table-cell (or covered cell).
using CellFiller = std::function<void(pugi::xml_node cell_element, Cell& cell)>;

// Builds `table`'s rows, cols, cells and header_rows from `tbl`. table.locator must be set (cell
// locators extend it); diagnostics are appended to table.diagnostics. The deadline is checked
// once per row.
void BuildTableGrid(pugi::xml_node tbl, const OdfNames& n, const Limits& limits,
                    const Deadline& deadline, const CellFiller& fill, Table& table);

}  // namespace tablift::odt
