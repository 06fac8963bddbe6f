// The generic normalizer: an extracted Table in, a RecordTable out (header rows -> columns,
// full-width rows -> sections, spanned cells -> values of every record they cover, text
// clean-up). Stateless and thread-safe: every function is pure. Rules in docs/normalizer.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/budget.h"
#include "core/limits.h"
#include "core/record.h"
#include "core/table.h"

namespace tablift {

struct NormalizeOptions {
  // Indent nested list items by this many spaces per level (level 1 -> "  • text").
  int list_indent = 2;
  // Most text the records of one call may hold (Limits::max_output_bytes); 0: no limit.
  std::uint64_t max_output_bytes = Limits{}.max_output_bytes;
};

// Builds the records of one table. Never drops a non-empty row silently: a row it cannot place
// becomes a record with a diagnostic. The table's own diagnostics come first in the result's.
// Throws Error(kResource) once the records' text passes options.max_output_bytes.
RecordTable NormalizeTable(const Table& table, const NormalizeOptions& options = {});
// The same, charging the records' text to a budget shared with other tables of the document.
RecordTable NormalizeTable(const Table& table, const NormalizeOptions& options,
                           OutputBudget& budget);

// The normalized text of one cell: NFC, paragraphs joined with "\n", "• " / numbered markers
// (indented per level), spaces and tabs collapsed, each line trimmed, empty lines dropped,
// control characters as spaces, no-break and soft hyphens kept.
// Example: paragraphs {"a  b", bullet "c", bullet level 1 "d"} -> "a b\n• c\n  • d".
std::string CellText(const Cell& cell, const NormalizeOptions& options = {});

// The one-line form of a normalized text, used for column and section titles: its lines,
// without indentation, joined with single spaces ("land/\nministerie" -> "land/ ministerie").
std::string OneLine(std::string_view text);

// Lowercase ASCII slug of a header title ("Verantwoordelijk land/ ministerie" ->
// "verantwoordelijk_land_ministerie"); accents are folded, every run of other characters
// becomes one '_', and the result is trimmed of '_'. May be empty.
std::string Slugify(const std::string& title);

// One unique column name per title: its slug, "column_N" (N = 1-based position) for an empty
// slug, and "_2", "_3"... appended to repeats and to the reserved record key "section".
std::vector<std::string> UniqueColumnNames(const std::vector<std::string>& titles);

// Normalizes every table of a document into an ExportDocument: source and document diagnostics
// copied, one RecordTable per table in order, grids copied when keep_grids. All tables share one
// budget of options.max_output_bytes (Error kResource when passed).
ExportDocument NormalizeDocument(const Document& doc, bool keep_grids,
                                 const NormalizeOptions& options = {});

}  // namespace tablift
