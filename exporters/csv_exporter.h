// The CSV exporter: one "<stem>.table-<N>.csv" per table (N from 1, in ExportDocument::tables
// order), RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
// quote, CR or LF, with quotes doubled; UTF-8 without BOM. The header row is "section" and then
// the column names; a record without a section has an empty first field. A --profile (or
// --excel) run writes the typed layout instead (exporters/typed_csv_exporter.h). Stateless and
// thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/exporter.h"

namespace tablift {

class CsvExporter final : public Exporter {
 public:
  const char* Name() const override { return "csv"; }
  void Write(const ExportDocument& doc, const ExportOptions& options,
             OutputSink& sink) const override;
};

// One field as RFC 4180 writes it (quoted only when needed), from sanitized UTF-8.
std::string CsvField(std::string_view text);

}  // namespace tablift
