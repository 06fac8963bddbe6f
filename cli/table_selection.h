// --table N[,M]: keeps only the chosen tables of a converted document (by Table::index, the
// number `inspect` prints), with their grids and typed forms. Pure function: thread-compatible.
#pragma once

#include <vector>

#include "core/record.h"

namespace tablift::cli {

// Keeps the tables whose index is in `wanted` (ascending, as ParsePageRanges gives); nothing
// changes when `wanted` is empty. Throws Error(kBadInput) "no table N (the document has K)"
// when a wanted index is not in the document.
void SelectTables(ExportDocument& doc, const std::vector<int>& wanted);

}  // namespace tablift::cli
