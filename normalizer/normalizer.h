// The generic normalizer: an extracted Table in, a RecordTable out (header rows -> columns,
// full-width rows -> sections, spanned cells -> values of every record they cover, text
// clean-up). Stateless and thread-safe. Rules in docs/normalizer.md.
#pragma once

#include <string>
#include <vector>

#include "core/record.h"
#include "core/table.h"

namespace tablift {

struct NormalizeOptions {
  // Indent nested list items by this many spaces per level.
  int list_indent = 2;
};

// Builds the records of one table. Never drops a non-empty row silently: a row it cannot place
// becomes a record with a diagnostic.
RecordTable NormalizeTable(const Table& table, const NormalizeOptions& options = {});

// The normalized text of one cell: NFC, paragraphs joined with "\n", "• " / numbered markers,
// spaces collapsed, each paragraph trimmed, no-break spaces kept.
std::string CellText(const Cell& cell, const NormalizeOptions& options = {});

// Lowercase ASCII slug of a header title ("Verantwoordelijk land/ ministerie" ->
// "verantwoordelijk_land_ministerie"); accents are folded, other characters become '_'.
std::string Slugify(const std::string& title);

// Normalizes every table of a document into an ExportDocument (grids kept when keep_grids).
ExportDocument NormalizeDocument(const Document& doc, bool keep_grids,
                                 const NormalizeOptions& options = {});

}  // namespace tablift
