// Steps the package extractors (DOCX, ODT) share while building tables from markup: a table
// slot reserved in document order (so nested tables are numbered after their parent), the
// merging of a merged-away cell's content, and the final check of the grid. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/table.h"

namespace tablift::package {

// Reserves the slot of the next table in `tables` and returns a Table with its index (1-based),
// caption, method and locator "<part> <element> <index>" set.
Table ReserveTable(std::vector<Table>& tables, std::string caption, std::string method,
                   const std::string& part, const std::string& element);

// Checks `t` (ValidateTable; a violation is Error(kInternal), a bug) and moves it into the slot
// ReserveTable gave it.
void StoreTable(Table t, std::vector<Table>& tables);

// Appends the non-empty paragraphs and the nested tables of a merged-away cell to `into`.
void AppendMergedContent(Cell&& merged, Cell& into);

}  // namespace tablift::package
