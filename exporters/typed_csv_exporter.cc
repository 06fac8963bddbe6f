#include "exporters/typed_csv_exporter.h"

#include <fmt/core.h>

#include <sstream>

#include "core/source.h"
#include "core/text.h"
#include "exporters/csv_exporter.h"
#include "exporters/csvw.h"
#include "exporters/document_view.h"
#include "exporters/table_suffix.h"
#include "exporters/typed_json_exporter.h"
#include "exporters/typed_view.h"

namespace tablift {
namespace {

constexpr std::string_view kLineEnd = "\r\n";  // RFC 4180 section 2.1, as CsvExporter
constexpr std::string_view kFormulaStarts = "=+-@\t\r";

using Rows = std::vector<std::vector<std::string>>;

struct CsvTable {
  CsvLayout layout;
  Rows rows;  // without the header
};

CsvTable FromTyped(const TypedTable& t, const std::string& sha256) {
  CsvTable out{TypedCsvLayout(t), {}};
  for (const Value& r : t.records) out.rows.push_back(TypedCsvRow(t, r, sha256));
  return out;
}

CsvTable FromGeneric(const RecordTable& t) {
  CsvTable out{GenericCsvLayout(t), {}};
  for (const Record& r : t.records) {
    std::vector<std::string> row{r.section.value_or("")};
    row.insert(row.end(), r.values.begin(), r.values.end());
    out.rows.push_back(std::move(row));
  }
  return out;
}

std::vector<std::string> Header(const CsvLayout& layout) {
  std::vector<std::string> names;
  for (const CsvColumn& c : layout.columns) names.push_back(c.name);
  return names;
}

template <typename FieldFn>
void WriteRows(std::ostream& out, const CsvTable& t, char delimiter, FieldFn field) {
  Rows all{Header(t.layout)};
  all.insert(all.end(), t.rows.begin(), t.rows.end());
  for (const auto& row : all) {
    for (std::size_t i = 0; i < row.size(); ++i)
      out << (i ? std::string(1, delimiter) : "") << field(row[i]);
    out << kLineEnd;
  }
}

void WriteTable(const ExportDocument& doc, std::size_t i, const CsvTable& t,
                const ExportOptions& options, OutputSink& sink) {
  const std::string name = TableSuffix(i, doc.tables.size());
  std::ostringstream text;
  WriteRows(text, t, ',', [](const std::string& s) { return CsvField(s); });
  const std::string bytes = text.str();
  std::ostream& csv = sink.Open(name + ".csv");
  csv << bytes;
  csv.flush();
  CheckStream(csv, name + ".csv");
  const std::string url = StemOfFileName(doc.source.file_name) + name + ".csv";
  OrderedJson csvw = CsvwMetadata(t.layout, url, doc.tables[i].caption, doc.source.file_name);
  csvw["schema:contentSize"] = bytes.size();
  csvw["schema:sha256"] = Sha256Hex(bytes);
  WriteJsonFile(csvw, sink, name + ".csv-metadata.json");
  if (!options.excel) return;
  std::ostream& excel = sink.Open(name + ".excel.csv");
  excel << kUtf8Bom;
  WriteRows(excel, t, kExcelDelimiter, [](const std::string& s) { return ExcelField(s); });
  excel.flush();
  CheckStream(excel, name + ".excel.csv");
}

}  // namespace

std::string ExcelField(std::string_view text) {
  std::string clean = SanitizeUtf8(text);
  if (!clean.empty() && kFormulaStarts.find(clean.front()) != std::string_view::npos)
    clean.insert(clean.begin(), '\'');
  if (clean.find_first_of(";\"\r\n") == std::string::npos) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

void WriteCsvSet(const ExportDocument& doc, const ExportOptions& options, OutputSink& sink) {
  CheckDocument(doc, /*want_grids=*/false);
  CheckTyped(doc);
  std::vector<CsvTable> tables;  // all built before any file is opened
  for (const RecordTable& t : doc.tables) {
    const TypedTable* typed = TypedFor(doc, t.index);
    tables.push_back(typed ? FromTyped(*typed, doc.source.sha256) : FromGeneric(t));
  }
  for (std::size_t i = 0; i < tables.size(); ++i) WriteTable(doc, i, tables[i], options, sink);
}

}  // namespace tablift
