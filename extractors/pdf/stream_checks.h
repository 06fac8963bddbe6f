// Whether the rows of a stream region are a table: the checks that turn away charts, lists,
// headings and running text. Internal to the stream finder; the rules are in docs/pdf.md
// "Tables without rulings", "Not a table". Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extractors/pdf/stream_rows.h"

namespace tablift::pdf {

// Why `rows` over `cols` columns are not a table, or "" when they are.
std::string NotATable(const std::vector<SRow>& rows, int cols);

// True when column `col` holds a chart's value axis: a run of at least four evenly spaced
// numbers, at least half of whose rows are axis rows (only numbers, in at most half the
// columns); or, outside the key column, a run of at least six with a step other than 1, at
// least half of it on rows of at most two cells.
// How sure the stream finder is of a table it keeps, 0..1: 0.4 x the share of filled body
// slots + 0.4 x the share of body rows with two or more cells + 0.2 when the header was told
// by a numeric body (0.1 when it was not). Rounded to two decimals.
double Confidence(const std::vector<SRow>& rows, int cols, int header_rows);

bool IsAxis(const std::vector<SRow>& rows, int col, int cols);

}  // namespace tablift::pdf
