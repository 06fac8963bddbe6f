#include "exporters/typed_json_exporter.h"

#include "core/error.h"
#include "core/text.h"
#include "core/version.h"
#include "exporters/document_view.h"
#include "exporters/json_exporter.h"
#include "exporters/json_parts.h"
#include "exporters/json_writer.h"
#include "exporters/record_schema.h"
#include "exporters/typed_json_schema.h"

namespace tablift {
namespace {

constexpr int kIndent = 2;

OrderedJson PairsJson(const std::vector<std::pair<std::string, std::string>>& pairs) {
  OrderedJson j = OrderedJson::object();
  for (const auto& [key, value] : pairs) j[SanitizeUtf8(key)] = SanitizeUtf8(value);
  return j;
}

OrderedJson ProfileJson(const ExportMetadata& m) {
  OrderedJson used = OrderedJson::array();
  for (const ProfileInfo& p : m.profiles) {
    used.push_back(OrderedJson{{"name", SanitizeUtf8(p.name)},
                               {"origin", SanitizeUtf8(p.origin)},
                               {"namespace", SanitizeUtf8(ProfileNamespace(p.name))}});
  }
  return OrderedJson{{"requested", SanitizeUtf8(m.requested_profile)}, {"used", used}};
}

OrderedJson TypedTableJson(const ExportDocument& doc, std::size_t i, const TypedTable& t) {
  OrderedJson j = OrderedJson::object();
  j["index"] = t.index;
  j["caption"] = SanitizeUtf8(t.caption);
  if (const std::string method = TableMethod(doc, i); !method.empty())
    j["method"] = SanitizeUtf8(method);
  j["profile"] = SanitizeUtf8(t.profile);
  j["key"] = t.key_field.empty() ? OrderedJson(nullptr) : OrderedJson(t.key_field);
  OrderedJson records = OrderedJson::array();
  for (const Value& r : t.records) records.push_back(ToJson(WithSourceHash(r, doc.source.sha256)));
  j["records"] = std::move(records);
  j["diagnostics"] = DiagnosticsJson(t.diagnostics);
  return j;
}

// The generic exporter's tables (in the generic layout), by table index.
std::vector<OrderedJson> GenericTables(const ExportDocument& doc, const ExportOptions& options) {
  const ExportDocument generic = GenericPart(doc);
  if (generic.tables.empty()) return {};
  StringSink sink;
  JsonExporter().Write(generic, options, sink);
  OrderedJson parsed = OrderedJson::parse(sink.Text(".json"));
  std::vector<OrderedJson> tables;
  for (OrderedJson& t : parsed["tables"]) {
    OrderedJson with_profile = OrderedJson::object();
    for (auto& [key, value] : t.items()) {
      with_profile[key] = value;
      if (key == "caption") with_profile["profile"] = nullptr;
    }
    tables.push_back(std::move(with_profile));
  }
  return tables;
}

OrderedJson DocumentJson(const ExportDocument& doc, const ExportOptions& options) {
  std::vector<OrderedJson> generic = GenericTables(doc, options);
  OrderedJson tables = OrderedJson::array();
  std::size_t next_generic = 0;
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    if (const TypedTable* t = TypedFor(doc, doc.tables[i].index)) {
      tables.push_back(TypedTableJson(doc, i, *t));
    } else {
      tables.push_back(std::move(generic.at(next_generic++)));
    }
  }
  OrderedJson j = OrderedJson::object();
  j["metadata"] = MetadataJson(doc);
  j["tables"] = std::move(tables);
  j["diagnostics"] = DiagnosticsJson(doc.diagnostics);
  return j;
}

}  // namespace

OrderedJson MetadataJson(const ExportDocument& doc) {
  const ExportMetadata& m = doc.metadata;
  OrderedJson j = OrderedJson::object();
  j["source"] = SourceJson(doc.source);
  j["generator"] = OrderedJson{{"name", kGeneratorName}, {"version", Version()}};
  j["profile"] = ProfileJson(m);
  j["options"] = PairsJson(m.options);
  j["meta"] = PairsJson(m.meta);
  if (!m.created.empty()) j["created"] = m.created;
  return j;
}

void WriteJsonFile(const OrderedJson& j, OutputSink& sink, const std::string& suffix) {
  std::ostream& out = sink.Open(suffix);
  WriteJson(out, j, kIndent);
  out << '\n';
  out.flush();
  CheckStream(out, suffix);
}

void WriteTypedJson(const ExportDocument& doc, const ExportOptions& options, OutputSink& sink) {
  CheckDocument(doc, options.grid);
  CheckTyped(doc);
  const OrderedJson document = DocumentJson(doc, options);
  const OrderedJson schema = TypedDocumentSchema(doc);
  WriteJsonFile(document, sink, ".json");
  WriteJsonFile(schema, sink, ".schema.json");
}

}  // namespace tablift
