// Read-only views of an ExportDocument that every exporter needs in the same form: the table's
// extraction method and raw grid, a cell's text, a table's pages, rounded coordinates, and the
// checks that make a RecordTable safe to write. Keeping them here keeps the formats consistent.
// Free functions over const data: thread-safe.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"

namespace tablift {

// The generator name every format writes next to Version().
inline constexpr const char* kGeneratorName = "tablift";

// The raw grid of tables[i]: grids[i] when the document carries grids, else nullptr.
const Table* GridFor(const ExportDocument& doc, std::size_t i);

// The extraction method of tables[i]: RecordTable::method, else the grid's method, else "".
std::string TableMethod(const ExportDocument& doc, std::size_t i);

// A cell's text for grid output: paragraphs joined with "\n"; a list item is its marker ("•" or
// the rendered number), a space and its text, indented two spaces per level below the first.
// Sanitized UTF-8. This is a plain rendering, not the normalizer's (no NFC, no space collapsing).
std::string RenderCellText(const Cell& cell);

// The pages a grid touches (from its regions), ascending, without duplicates; empty for DOCX.
std::vector<int> GridPages(const Table& grid);

// A box coordinate rounded half away from zero to 2 decimals (1/7200 inch is far below what a
// PDF's text positions resolve), with -0 turned into 0 so equal inputs print equal bytes.
double RoundCoord(double v);

// Throws Error(kInternal) when the document breaks the normalizer's contract in a way that would
// make output lossy or ambiguous: a record whose value count differs from its table's column
// count, a duplicate column name, a column named like a reserved record key ("section",
// "_source"), `grids` neither empty nor parallel to `tables` (same length, same
// indexes), or `want_grids` (the --grid option) for a document whose grids were not kept.
void CheckDocument(const ExportDocument& doc, bool want_grids);

// Throws Error(kOutput) naming `what` when the stream has failed.
void CheckStream(const std::ostream& out, std::string_view what);

}  // namespace tablift
