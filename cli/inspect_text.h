// The text `tablift inspect` prints for one input: a block of "key: value" lines, then one line
// per table and one indented line per section heading. The format is stable (docs/cli.md):
//
//   file: samples/report.docx
//   format: docx
//   sha256: 3f9a...
//   pages: 63                                   (PDF only)
//   tables: 2
//   table 1: 83x3, header rows 1, records 81, sections 2, method docx, caption "Tabel 1. ..."
//     section 1 before record 1: "Toegang tot het recht"
//   table 2: 2x2, header rows 0, records 2, sections 0, method docx, pages 3-4,
//       nested in table 1 row 3 col 2, caption ""
//
// (one line per table; wrapped here). Pure function: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/record.h"
#include "core/table.h"

namespace tablift::cli {

// `records` holds the normalized tables of `doc` (parallel to doc.tables by index).
std::string InspectText(const Document& doc, const std::vector<RecordTable>& records);

// "3-5,8" for {3,4,5,8}; the pages must be ascending.
std::string FormatPageList(const std::vector<int>& pages);

// The text in double quotes, with '"' and '\' escaped and line breaks as "\n".
std::string Quote(const std::string& text);

}  // namespace tablift::cli
