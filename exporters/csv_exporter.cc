#include "exporters/csv_exporter.h"

#include <fmt/core.h>

#include <ostream>

#include "core/text.h"
#include "exporters/document_view.h"
#include "exporters/table_suffix.h"
#include "exporters/typed_csv_exporter.h"

namespace tablift {
namespace {

constexpr std::string_view kLineEnd = "\r\n";  // RFC 4180 section 2.1

void WriteRow(std::ostream& out, std::string_view first, const std::vector<std::string>& rest) {
  out << CsvField(first);
  for (const std::string& s : rest) out << ',' << CsvField(s);
  out << kLineEnd;
}

std::vector<std::string> ColumnNames(const RecordTable& t) {
  std::vector<std::string> names;
  names.reserve(t.columns.size());
  for (const Column& c : t.columns) names.push_back(c.name);
  return names;
}

void WriteTable(std::ostream& out, const RecordTable& t) {
  WriteRow(out, "section", ColumnNames(t));
  for (const Record& r : t.records) WriteRow(out, r.section.value_or(""), r.values);
}

}  // namespace

std::string CsvField(std::string_view text) {
  const std::string clean = SanitizeUtf8(text);
  if (clean.find_first_of(",\"\r\n") == std::string::npos) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void CsvExporter::Write(const ExportDocument& doc, const ExportOptions& options,
                        OutputSink& sink) const {
  if (IsTypedExport(doc) || options.excel || options.csvw) return WriteCsvSet(doc, options, sink);
  // Check every table before opening any file, so a bad table leaves no output at all.
  CheckDocument(doc, /*want_grids=*/false);
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    const std::string suffix = TableSuffix(i, doc.tables.size()) + ".csv";
    std::ostream& out = sink.Open(suffix);
    WriteTable(out, doc.tables[i]);
    out.flush();
    CheckStream(out, suffix);
  }
}

}  // namespace tablift
