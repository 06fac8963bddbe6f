// Stream table structure: the rows and cells of a table region without (full) rulings.
//
// Each line of the region is split over the columns (core: stream_columns.h): consecutive words in
// the same column form a cell; a word reaching well across a boundary makes its cell span.
// Lines then become rows: a line that starts no new value in the key (first) column continues
// the row above when it holds only text; a key-only line whose next line starts in lower case
// is the first line of that row's key. Header rows are the rows above the first data row (a row
// with a number outside the key column) when the body is numeric; a header cell with free
// columns on both sides spans the columns it is centred over. The full rules are in
// docs/pdf.md "Tables without rulings". Pure; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "extractors/pdf/page_tables.h"
#include "extractors/pdf/stream_columns.h"

namespace tablift::pdf {

// The table of lines [region.first, region.end) of `lines` on page `page_number`, or nothing
// when the region does not hold a table (fewer than two columns or data rows, mostly empty,
// or running text set in columns). Reasons for rejecting go to `diagnostics` as info.
std::optional<PageTable> BuildStreamTable(const std::vector<StreamLine>& lines,
                                          const StreamRegion& region, int page_number,
                                          Diagnostics& diagnostics);

// True when `text` reads as a number: digits with optional sign, thousands separators, decimal
// mark, percent sign, currency, brackets and a trailing footnote mark ("1,234", "(12.5)", "-3%").
bool LooksNumeric(std::string_view text);

}  // namespace tablift::pdf
