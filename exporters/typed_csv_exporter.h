// The CSV files of a --profile (or --excel) run, docs/formats.md "Typed records": per table
// "<stem>.table-<N>.csv" (typed tables in the flat layout of typed_csv_layout.h, the others in
// the generic layout, both RFC 4180 as CsvExporter writes them), beside it the CSVW metadata
// "<stem>.table-<N>.csv-metadata.json", and with ExportOptions::excel a spreadsheet copy
// "<stem>.table-<N>.excel.csv" (see ExcelField). The canonical CSV stays faithful; only the
// copy is guarded. Deterministic bytes; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/exporter.h"

namespace tablift {

// UTF-8 byte order mark: spreadsheet programs read a CSV as UTF-8 only when it starts with it.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// The field delimiter of the spreadsheet copy: what spreadsheets expect in locales (such as
// Dutch) that use the comma as decimal separator.
inline constexpr char kExcelDelimiter = ';';

// One field of the spreadsheet copy: a text starting with = + - @ tab or CR (which a spreadsheet
// would run as a formula) gets a leading apostrophe; then quoted when it holds ';', '"', CR or
// LF, with quotes doubled.
std::string ExcelField(std::string_view text);

void WriteCsvSet(const ExportDocument& doc, const ExportOptions& options, OutputSink& sink);

}  // namespace tablift
