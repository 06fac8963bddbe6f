#include "exporters/jsonl_exporter.h"

#include "core/text.h"
#include "exporters/document_view.h"
#include "exporters/json_writer.h"
#include "exporters/typed_view.h"

namespace tablift {
namespace {

OrderedJson LineJson(const ExportDocument& doc, const TypedTable& t, const Value& record) {
  OrderedJson line = ToJson(record);
  OrderedJson source = OrderedJson::object();
  source["file"] = SanitizeUtf8(doc.source.file_name);
  source["sha256"] = SanitizeUtf8(doc.source.sha256);
  source["profile"] = SanitizeUtf8(t.profile);
  for (auto& [key, value] : line["_source"].items()) {
    if (key != "sha256") source[key] = value;
  }
  line["_source"] = std::move(source);
  return line;
}

OrderedJson GenericLineJson(const ExportDocument& doc, const RecordTable& t, const Record& r,
                            bool provenance) {
  OrderedJson line = OrderedJson::object();
  line["section"] = r.section ? OrderedJson(SanitizeUtf8(*r.section)) : OrderedJson(nullptr);
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    line[SanitizeUtf8(t.columns[c].name)] = SanitizeUtf8(r.values[c]);
  if (!provenance) return line;
  OrderedJson source = OrderedJson::object();
  source["file"] = SanitizeUtf8(doc.source.file_name);
  source["sha256"] = SanitizeUtf8(doc.source.sha256);
  source["table"] = r.source.table;
  source["rows"] = r.source.rows;
  source["pages"] = r.source.pages;
  line["_source"] = std::move(source);
  return line;
}

void WriteLine(std::ostream& out, const OrderedJson& line) {
  WriteJson(out, line, -1);
  out << '\n';
}

}  // namespace

void JsonlExporter::Write(const ExportDocument& doc, const ExportOptions& options,
                          OutputSink& sink) const {
  CheckDocument(doc, options.grid);
  CheckTyped(doc);
  std::ostream& out = sink.Open(".jsonl");
  if (IsTypedExport(doc)) {
    for (const TypedTable& t : doc.typed) {
      for (const Value& r : t.records) WriteLine(out, LineJson(doc, t, r));
    }
  } else {
    for (const RecordTable& t : doc.tables) {
      for (const Record& r : t.records)
        WriteLine(out, GenericLineJson(doc, t, r, options.provenance));
    }
  }
  out.flush();
  CheckStream(out, "JSON Lines");
}

}  // namespace tablift
