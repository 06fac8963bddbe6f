// Column typing of generic tables (docs/normalizer.md, "Column types"): each column is given an
// integer, number, percent, year or date type only when every non-empty body cell parses as
// one; the decimal mark is decided per column, and the document's own mark (from the cells that
// can be read only one way) settles a column that reads both ways. Pure functions: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/column_type.h"
#include "core/record.h"

namespace tablift {

// ',' or '.' when more of the document's cells can only be read with that decimal mark ("12,6",
// "1.234,5" vs "3.14", "1,234.5"), 0 when none or as many of each.
char DocumentDecimalMark(const std::vector<RecordTable>& tables);

// The type of a column of `cells` (its non-empty body texts); kString when any fails to parse.
ColumnType InferColumnType(const std::vector<std::string>& cells, char document_mark);

// Fills table.column_types (one per column) from its records' values.
void TypeColumns(RecordTable& table, char document_mark);

}  // namespace tablift
