#include "exporters/typed_json_schema.h"

#include "exporters/record_schema.h"

namespace tablift {
namespace {

constexpr const char* kDialect = "https://json-schema.org/draft/2020-12/schema";

OrderedJson Type(const char* type) { return OrderedJson{{"type", type}}; }
OrderedJson Ref(const std::string& def) { return OrderedJson{{"$ref", "#/$defs/" + def}}; }

OrderedJson Closed(OrderedJson properties, OrderedJson required) {
  return OrderedJson{{"type", "object"},
                     {"properties", std::move(properties)},
                     {"required", std::move(required)},
                     {"additionalProperties", false}};
}

OrderedJson StringMap() {
  return OrderedJson{{"type", "object"}, {"additionalProperties", Type("string")}};
}

OrderedJson Sha256() { return OrderedJson{{"type", "string"}, {"pattern", "^[0-9a-f]{64}$"}}; }

OrderedJson MetadataSchema() {
  OrderedJson source = Closed({{"file", Type("string")},
                               {"format", Type("string")},
                               {"sha256", Sha256()},
                               {"bytes", Type("integer")},
                               {"pages", Type("integer")}},
                              {"file", "format", "sha256", "bytes"});
  OrderedJson generator =
      Closed({{"name", Type("string")}, {"version", Type("string")}}, {"name", "version"});
  OrderedJson used =
      Closed({{"name", Type("string")}, {"origin", Type("string")}, {"namespace", Type("string")}},
             {"name", "origin", "namespace"});
  OrderedJson profile =
      Closed({{"requested", Type("string")},
              {"used", OrderedJson{{"type", "array"}, {"items", std::move(used)}}}},
             {"requested", "used"});
  OrderedJson created = {{"type", "string"},
                         {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"}};
  return Closed({{"source", source},
                 {"generator", generator},
                 {"profile", profile},
                 {"options", StringMap()},
                 {"meta", StringMap()},
                 {"created", created}},
                {"source", "generator", "profile", "options", "meta"});
}

OrderedJson DiagnosticsSchema() {
  OrderedJson item = Closed({{"severity", Type("string")},
                             {"code", Type("string")},
                             {"message", Type("string")},
                             {"where", Type("string")}},
                            {"severity", "code", "message", "where"});
  return OrderedJson{{"type", "array"}, {"items", std::move(item)}};
}

OrderedJson TypedTableSchema(const std::string& profile) {
  OrderedJson records = {{"type", "array"}, {"items", Ref(RecordDef(profile))}};
  return Closed({{"index", Type("integer")},
                 {"caption", Type("string")},
                 {"method", Type("string")},
                 {"profile", OrderedJson{{"const", profile}}},
                 {"key", OrderedJson{{"type", {"string", "null"}}}},
                 {"records", std::move(records)},
                 {"diagnostics", Ref("diagnostics")}},
                {"index", "caption", "profile", "key", "records", "diagnostics"});
}

// Tables no profile applied to keep the generic layout (docs/formats.md, "JSON"), described
// here only by its outline; exporters/tablift-export-1.xsd is the generic format's schema.
OrderedJson GenericTableSchema() {
  OrderedJson records = {{"type", "array"}, {"items", Type("object")}};
  return OrderedJson{{"type", "object"},
                     {"properties",
                      {{"index", Type("integer")},
                       {"caption", Type("string")},
                       {"profile", Type("null")},
                       {"columns", Type("array")},
                       {"sections", Type("array")},
                       {"records", std::move(records)},
                       {"diagnostics", Ref("diagnostics")}}},
                     {"required", {"index", "caption", "profile", "columns", "records"}}};
}

}  // namespace

std::string RecordDef(const std::string& profile) { return "record-" + profile; }
std::string LineDef(const std::string& profile) { return "line-" + profile; }

OrderedJson EmbeddedRecordSchema(const ProfileInfo& profile) {
  OrderedJson schema = ToJson(RecordJsonSchema(profile.fields, profile.title, profile.description));
  schema.erase("$schema");
  return schema;
}

OrderedJson LineSchema(const ProfileInfo& profile) {
  OrderedJson schema = EmbeddedRecordSchema(profile);
  OrderedJson& source = schema["properties"]["_source"];
  OrderedJson props = OrderedJson::object();
  props["file"] = Type("string");
  props["profile"] = OrderedJson{{"const", profile.name}};
  for (auto& [key, value] : source["properties"].items()) props[key] = value;
  source["properties"] = std::move(props);
  OrderedJson required = {"file", "profile", "sha256"};
  for (const auto& r : source["required"]) required.push_back(r);
  source["required"] = std::move(required);
  return schema;
}

OrderedJson TypedDocumentSchema(const ExportDocument& doc) {
  OrderedJson defs = OrderedJson::object();
  defs["diagnostics"] = DiagnosticsSchema();
  defs["generic-table"] = GenericTableSchema();
  OrderedJson kinds = OrderedJson::array();
  for (const ProfileInfo& p : doc.metadata.profiles) {
    defs["table-" + p.name] = TypedTableSchema(p.name);
    defs[RecordDef(p.name)] = EmbeddedRecordSchema(p);
    defs[LineDef(p.name)] = LineSchema(p);
    kinds.push_back(Ref("table-" + p.name));
  }
  kinds.push_back(Ref("generic-table"));
  OrderedJson tables = {{"type", "array"}, {"items", OrderedJson{{"oneOf", std::move(kinds)}}}};
  OrderedJson schema = OrderedJson::object();
  schema["$schema"] = kDialect;
  schema["title"] = "tablift typed export";
  schema["description"] =
      "A tablift --profile export (docs/formats.md, Typed records); each line of the .jsonl "
      "file validates against #/$defs/line-<profile>.";
  OrderedJson body = Closed({{"metadata", MetadataSchema()},
                             {"tables", std::move(tables)},
                             {"diagnostics", Ref("diagnostics")}},
                            {"metadata", "tables", "diagnostics"});
  schema.update(body);
  schema["$defs"] = std::move(defs);
  return schema;
}

}  // namespace tablift
