#include "exporters/json_exporter.h"

#include <nlohmann/json.hpp>

#include "core/column_type.h"
#include "core/text.h"
#include "core/version.h"
#include "exporters/document_view.h"
#include "exporters/json_parts.h"
#include "exporters/json_writer.h"
#include "exporters/typed_json_exporter.h"

namespace tablift {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kIndent = 2;

Json Str(std::string_view s) { return Json(SanitizeUtf8(s)); }

}  // namespace

Json SourceJson(const SourceInfo& s) {
  Json j = Json::object();
  j["file"] = Str(s.file_name);
  j["format"] = Str(s.format);
  j["sha256"] = Str(s.sha256);
  j["bytes"] = s.bytes;
  if (s.pages > 0) j["pages"] = s.pages;
  return j;
}

Json DiagnosticsJson(const Diagnostics& diagnostics) {
  Json list = Json::array();
  for (const Diagnostic& d : diagnostics) {
    Json j = Json::object();
    j["severity"] = SeverityName(d.severity);
    j["code"] = Str(d.code);
    j["message"] = Str(d.message);
    j["where"] = Str(d.where);
    list.push_back(std::move(j));
  }
  return list;
}

namespace {

const ColumnType* TypeOf(const RecordTable& t, std::size_t c) {
  if (c >= t.column_types.size() || t.column_types[c].kind == ColumnKind::kString) return nullptr;
  return &t.column_types[c];
}

// A typed column's "type" and "format": the marks of numbers, the pattern of dates.
void AddType(Json& column, const ColumnType& type) {
  column["type"] = ColumnKindName(type.kind);
  if (type.kind == ColumnKind::kDate) {
    column["format"] = type.date_pattern;
  } else if (type.kind != ColumnKind::kYear) {
    Json format{{"decimalChar", std::string(1, type.decimal_mark)}};
    if (type.group_mark != 0) format["groupChar"] = std::string(1, type.group_mark);
    column["format"] = std::move(format);
  }
}

Json ColumnsJson(const RecordTable& t) {
  Json list = Json::array();
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    Json j{{"name", Str(t.columns[c].name)}, {"title", Str(t.columns[c].title)}};
    if (const ColumnType* type = TypeOf(t, c)) AddType(j, *type);
    list.push_back(std::move(j));
  }
  return list;
}

// "_values": each typed column's value (numbers; dates as ISO 8601 text), null for an empty
// cell; absent when no column is typed. The record's own values keep the text as printed.
Json ValuesJson(const RecordTable& t, const Record& r) {
  Json j = Json::object();
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const ColumnType* type = TypeOf(t, c);
    if (type == nullptr) continue;
    const std::optional<CellValue> v = ParseCell(r.values[c], *type);
    const std::string& name = t.columns[c].name;
    if (!v) {
      j[SanitizeUtf8(name)] = nullptr;
    } else if (type->kind == ColumnKind::kDate) {
      j[SanitizeUtf8(name)] = v->iso_date;
    } else if (type->kind == ColumnKind::kInteger || type->kind == ColumnKind::kYear) {
      j[SanitizeUtf8(name)] = static_cast<long long>(v->number);
    } else {
      j[SanitizeUtf8(name)] = v->number;
    }
  }
  return j;
}

Json SectionsJson(const RecordTable& t) {
  Json list = Json::array();
  for (const Section& s : t.sections) {
    list.push_back(Json{{"title", Str(s.title)}, {"before_record", s.before_record}});
  }
  return list;
}

Json RecordSourceJson(const RecordSource& s) {
  Json j = Json::object();
  j["table"] = s.table;
  j["rows"] = s.rows;
  if (!s.pages.empty()) j["pages"] = s.pages;
  return j;
}

Json RecordJson(const RecordTable& t, const Record& r, const ExportOptions& options) {
  Json j = Json::object();
  j["section"] = r.section ? Str(*r.section) : Json(nullptr);
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    j[SanitizeUtf8(t.columns[c].name)] = Str(r.values[c]);
  if (Json values = ValuesJson(t, r); !values.empty()) j["_values"] = std::move(values);
  if (options.provenance) j["_source"] = RecordSourceJson(r.source);
  return j;
}

Json RegionJson(const PageRegion& r) {
  Json j = Json::object();
  j["page"] = r.page;
  j["x0"] = RoundCoord(r.box.x0);
  j["y0"] = RoundCoord(r.box.y0);
  j["x1"] = RoundCoord(r.box.x1);
  j["y1"] = RoundCoord(r.box.y1);
  return j;
}

Json RegionsJson(const std::vector<PageRegion>& regions) {
  Json list = Json::array();
  for (const PageRegion& r : regions) list.push_back(RegionJson(r));
  return list;
}

Json CellJson(const Cell& c) {
  Json j = Json::object();
  j["row"] = c.pos.row;
  j["col"] = c.pos.col;
  j["rowspan"] = c.span.rows;
  j["colspan"] = c.span.cols;
  j["header"] = c.header;
  j["text"] = RenderCellText(c);
  if (!c.nested_tables.empty()) j["nested_tables"] = c.nested_tables;
  if (!c.regions.empty()) j["regions"] = RegionsJson(c.regions);
  return j;
}

Json GridJson(const Table& g) {
  Json j = Json::object();
  j["rows"] = g.rows;
  j["cols"] = g.cols;
  j["method"] = Str(g.method);
  j["header_rows"] = g.header_rows;
  if (!g.regions.empty()) {
    j["pages"] = GridPages(g);
    j["regions"] = RegionsJson(g.regions);
  }
  Json cells = Json::array();
  for (const Cell& c : g.cells) cells.push_back(CellJson(c));
  j["cells"] = std::move(cells);
  return j;
}

Json TableJson(const ExportDocument& doc, std::size_t i, const ExportOptions& options) {
  const RecordTable& t = doc.tables[i];
  Json j = Json::object();
  j["index"] = t.index;
  j["caption"] = Str(t.caption);
  if (const std::string method = TableMethod(doc, i); !method.empty()) j["method"] = Str(method);
  j["columns"] = ColumnsJson(t);
  j["sections"] = SectionsJson(t);
  Json records = Json::array();
  for (const Record& r : t.records) records.push_back(RecordJson(t, r, options));
  j["records"] = std::move(records);
  const Table* grid = GridFor(doc, i);
  if (options.grid && grid) j["grid"] = GridJson(*grid);
  j["diagnostics"] = DiagnosticsJson(t.diagnostics);
  return j;
}

Json DocumentJson(const ExportDocument& doc, const ExportOptions& options) {
  Json j = Json::object();
  j["source"] = SourceJson(doc.source);
  j["generator"] = Json{{"name", kGeneratorName}, {"version", Version()}};
  if (!doc.metadata.meta.empty() || !doc.metadata.created.empty()) {
    Json meta = Json::object();  // --meta pairs in order, then SOURCE_DATE_EPOCH's time
    for (const auto& [key, value] : doc.metadata.meta) meta[SanitizeUtf8(key)] = Str(value);
    if (!doc.metadata.created.empty()) meta["created"] = doc.metadata.created;
    j["metadata"] = std::move(meta);
  }
  Json tables = Json::array();
  for (std::size_t i = 0; i < doc.tables.size(); ++i) tables.push_back(TableJson(doc, i, options));
  j["tables"] = std::move(tables);
  j["diagnostics"] = DiagnosticsJson(doc.diagnostics);
  return j;
}

}  // namespace

void JsonExporter::Write(const ExportDocument& doc, const ExportOptions& options,
                         OutputSink& sink) const {
  if (IsTypedExport(doc)) return WriteTypedJson(doc, options, sink);
  CheckDocument(doc, options.grid);
  const Json j = DocumentJson(doc, options);
  std::ostream& out = sink.Open(".json");
  // Every string was sanitized above; WriteJson writes dump()'s bytes, only faster.
  WriteJson(out, j, kIndent);
  out << '\n';
  out.flush();
  CheckStream(out, "JSON");
}

}  // namespace tablift
