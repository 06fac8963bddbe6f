// Rows a ruled grid leaves undrawn in some columns.
//
// Producers sometimes rule the rows of the value columns but not of the first column: the grid
// then makes one tall cell of the first column spanning all those rows, holding one line per
// row. A cell spanning several rows whose lines each lie inside one of the rows it spans, in at
// least three different rows, is split into one cell per row. A merged cell with a paragraph of
// text keeps its span: its lines do not follow the row boundaries. Pure; thread-safe.
#pragma once

#include "extractors/pdf/page_tables.h"

namespace tablift::pdf {

// Splits the cells of `t` as described above; returns how many cells were split.
int SplitUnruledRows(PageTable& t);

}  // namespace tablift::pdf
