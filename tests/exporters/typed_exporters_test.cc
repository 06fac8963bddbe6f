// The typed layouts of a --profile run (docs/formats.md, "Typed records"), on a small typed
// table built in code: JSON with metadata and schema, JSON Lines, the flat CSV with CSVW and the
// spreadsheet copy, XML in the profile's namespace, and generic tables kept beside typed ones.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/source.h"
#include "export_test_support.h"
#include "exporters/csv_exporter.h"
#include "exporters/json_exporter.h"
#include "exporters/jsonl_exporter.h"
#include "exporters/record_schema.h"
#include "exporters/registry.h"
#include "exporters/typed_csv_exporter.h"
#include "exporters/typed_csv_layout.h"
#include "exporters/xml_exporter.h"

using namespace tablift;
using namespace tablift::testing;
using Json = nlohmann::ordered_json;

namespace {

FieldDef Def(std::string name, std::string type, std::vector<FieldDef> props = {}) {
  FieldDef f;
  f.name = std::move(name);
  f.type = std::move(type);
  f.properties = std::move(props);
  return f;
}

Value Ministry(const char* code) {
  Value m = Value::Object();
  m.Set("code", code);
  m.Set("name", std::string("Ministry ") + code);
  return m;
}

Value Country(const char* code, std::vector<const char*> ministries) {
  Value c = Value::Object();
  c.Set("country", code);
  Value list = Value::Array();
  for (const char* m : ministries) list.Append(Ministry(m));
  c.Set("ministries", std::move(list));
  return c;
}

Value Record9a() {
  Value r = Value::Object();
  r.Set("id", "9a");
  r.Set("paragraph", 9);
  r.Set("responsible", Value::ArrayItems{Country("KNL", {"OCW", "BZK"}), Country("AUA", {})});
  r.Set("status_items", Value::ArrayItems{Value("=SUM(A1)"), Value("two")});
  r.Set("note", nullptr);
  Value source = Value::Object();
  source.Set("table", 2);
  source.Set("rows", Value::ArrayItems{Value(3), Value(4)});
  source.Set("pages", Value::ArrayItems{Value(1)});
  r.Set("_source", std::move(source));
  return r;
}

// SmallDocument()'s generic table 1, plus table 2 typed by profile "p".
ExportDocument TypedDocument() {
  ExportDocument doc = SmallDocument();
  RecordTable t2 = doc.tables[0];
  t2.index = 2;
  for (Record& r : t2.records) r.source.table = 2;
  doc.tables.push_back(t2);
  TypedTable typed;
  typed.index = 2;
  typed.profile = "p";
  typed.key_field = "id";
  FieldDef id = Def("id", "string");
  id.required = true;
  typed.fields = {
      id, Def("paragraph", "integer"),
      Def("responsible", "list<object>",
          {Def("country", "string"),
           Def("ministries", "list<object>", {Def("code", "string"), Def("name", "string")})}),
      Def("status_items", "list<string>"), Def("note", "string")};
  typed.records = {Record9a()};
  doc.typed.push_back(typed);
  doc.metadata.requested_profile = "p";
  doc.metadata.meta = {{"symbol", "CEDAW/C/NLD/CO/7"}, {"publisher", "NL"}};
  doc.metadata.profiles.push_back({"p", "p.json", "P", "", typed.fields});
  return doc;
}

}  // namespace

TEST_CASE("Plural names the flattened member columns", "[exporters][typed]") {
  CHECK(Plural("country") == "countries");
  CHECK(Plural("ministries") == "ministries");
  CHECK(Plural("country_name") == "country_names");
  CHECK(Plural("key") == "keys");
}

TEST_CASE("typed records flatten: members as columns, lists joined with '; '",
          "[exporters][typed][csv]") {
  const ExportDocument doc = TypedDocument();
  const CsvLayout layout = TypedCsvLayout(doc.typed[0]);
  std::vector<std::string> names;
  for (const CsvColumn& c : layout.columns) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"id", "paragraph", "responsible_countries",
                                          "responsible_ministries", "status_items", "note",
                                          "source_sha256", "source_table", "source_rows",
                                          "source_pages"});
  CHECK(layout.primary_key == "id");
  CHECK(layout.columns[0].required);
  CHECK(layout.columns[1].datatype == "integer");
  CHECK(layout.columns[2].list);
  const auto row = TypedCsvRow(doc.typed[0], doc.typed[0].records[0], "abc");
  CHECK(row == std::vector<std::string>{"9a", "9", "KNL; AUA", "OCW/BZK; ", "=SUM(A1); two", "",
                                        "abc", "2", "3; 4", "1"});
}

TEST_CASE("the spreadsheet copy guards formulas; the canonical CSV stays faithful",
          "[exporters][typed][csv]") {
  CHECK(ExcelField("=SUM(A1)") == "'=SUM(A1)");
  CHECK(ExcelField("+31") == "'+31");
  CHECK(ExcelField("-x") == "'-x");
  CHECK(ExcelField("@cmd") == "'@cmd");
  CHECK(ExcelField("\tx") == "'\tx");
  CHECK(ExcelField("a;b") == "\"a;b\"");
  CHECK(ExcelField("a,b") == "a,b");
  CHECK(ExcelField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  ExportDocument doc = TypedDocument();
  ExportOptions options;
  options.excel = true;
  MemorySink sink;
  CsvExporter().Write(doc, options, sink);
  const std::string csv = sink.File(".table-2.csv");
  CHECK(csv.find("=SUM(A1); two") != std::string::npos);
  const std::string excel = sink.File(".table-2.excel.csv");
  CHECK(excel.rfind(kUtf8Bom, 0) == 0);
  CHECK(excel.find("id;paragraph;responsible_countries") != std::string::npos);
  CHECK(excel.find("'=SUM(A1); two") != std::string::npos);
  CHECK(sink.File(".table-1.csv").rfind("section,a,b_c\r\n", 0) == 0);  // generic table
}

TEST_CASE("each CSV gets CSVW metadata with separators, key, size and hash",
          "[exporters][typed][csvw]") {
  MemorySink sink;
  CsvExporter().Write(TypedDocument(), {}, sink);
  CHECK(sink.Files().size() == 4);  // two CSVs, two CSVW files, no spreadsheet copy
  const Json meta = Json::parse(sink.File(".table-2.csv-metadata.json"));
  CHECK(meta["@context"] == "http://www.w3.org/ns/csvw");
  CHECK(meta["url"] == "report.table-2.csv");
  CHECK(meta["tableSchema"]["primaryKey"] == "id");
  CHECK(meta["tableSchema"]["columns"][2]["separator"] == "; ");
  CHECK_FALSE(meta["tableSchema"]["columns"][1].contains("separator"));
  CHECK(meta["dialect"]["lineTerminators"][0] == "\r\n");
  const std::string csv = sink.File(".table-2.csv");
  CHECK(meta["schema:contentSize"] == csv.size());
  CHECK(meta["schema:sha256"] == Sha256Hex(csv));
  const Json generic = Json::parse(sink.File(".table-1.csv-metadata.json"));
  CHECK(generic["tableSchema"]["columns"][0]["name"] == "section");
  CHECK_FALSE(generic["tableSchema"].contains("primaryKey"));
}

TEST_CASE("typed JSON: metadata, typed records with the source hash, generic tables kept",
          "[exporters][typed][json]") {
  MemorySink sink;
  JsonExporter().Write(TypedDocument(), {}, sink);
  const Json j = Json::parse(sink.File(".json"));
  CHECK(j["metadata"]["source"]["sha256"] == kAbcSha256);
  CHECK(j["metadata"]["generator"]["name"] == "tablift");
  CHECK(j["metadata"]["profile"]["requested"] == "p");
  CHECK(j["metadata"]["meta"].dump() == R"({"symbol":"CEDAW/C/NLD/CO/7","publisher":"NL"})");
  CHECK_FALSE(j["metadata"].contains("created"));
  CHECK(j["tables"][0]["profile"].is_null());
  CHECK(j["tables"][0]["columns"].size() == 2);
  const Json& r = j["tables"][1]["records"][0];
  CHECK(j["tables"][1]["profile"] == "p");
  CHECK(r["_source"].dump() ==
        std::string(R"({"sha256":")") + kAbcSha256 + R"(","table":2,"rows":[3,4],"pages":[1]})");
  CHECK(r["note"].is_null());
  const Json schema = Json::parse(sink.File(".schema.json"));
  CHECK(schema["$defs"].contains("record-p"));
  CHECK_FALSE(schema["$defs"]["record-p"].contains("$schema"));
  CHECK(schema["$defs"]["line-p"]["properties"]["_source"]["required"][0] == "file");
}

TEST_CASE("created appears only when the run sets it", "[exporters][typed][json]") {
  ExportDocument doc = TypedDocument();
  doc.metadata.created = "2023-11-14T22:13:20Z";
  MemorySink sink;
  JsonExporter().Write(doc, {}, sink);
  CHECK(Json::parse(sink.File(".json"))["metadata"]["created"] == "2023-11-14T22:13:20Z");
}

TEST_CASE("JSON Lines: one self-contained typed record per line", "[exporters][typed][jsonl]") {
  MemorySink sink;
  JsonlExporter().Write(TypedDocument(), {}, sink);
  const std::string text = sink.File(".jsonl");
  REQUIRE(std::count(text.begin(), text.end(), '\n') == 1);
  const Json line = Json::parse(text);
  CHECK(line["id"] == "9a");
  CHECK(line["_source"]["file"] == "report.docx");
  CHECK(line["_source"]["sha256"] == kAbcSha256);
  CHECK(line["_source"]["profile"] == "p");
  CHECK(line["_source"]["rows"] == Json::array({3, 4}));
}

TEST_CASE("JSON Lines without a profile: the generic records", "[exporters][jsonl]") {
  MemorySink sink;
  JsonlExporter().Write(SmallDocument(), {}, sink);
  const std::string text = sink.File(".jsonl");
  CHECK(std::count(text.begin(), text.end(), '\n') == 2);
  const Json first = Json::parse(text.substr(0, text.find('\n')));
  CHECK(first["section"] == "Intro");
  CHECK(first["b_c"] == "line1\nline2");
  CHECK(first["_source"]["table"] == 1);
}

TEST_CASE("typed XML: records in the profile's namespace, nulls left out, the XSD beside",
          "[exporters][typed][xml]") {
  MemorySink sink;
  XmlExporter().Write(TypedDocument(), {}, sink);
  const std::string xml = sink.File(".xml");
  CHECK(xml.find("<records xmlns=\"urn:tablift:profile:p\" profile=\"p\">") != std::string::npos);
  CHECK(xml.find("<id>9a</id>") != std::string::npos);
  CHECK(xml.find("<country>AUA</country>") != std::string::npos);
  CHECK(xml.find("<ministries/>") != std::string::npos);
  CHECK(xml.find("<note") == std::string::npos);
  CHECK(xml.find(std::string("<_source table=\"2\" sha256=\"") + kAbcSha256 +
                 "\"><row>3</row><row>4</row><page>1</page></_source>") != std::string::npos);
  // The XSD beside it is derived from the profile's fields.
  CHECK(sink.File(".xsd") ==
        RecordXsd(TypedDocument().metadata.profiles[0].fields, "urn:tablift:profile:p"));
  // The generic table stays in the generic layout, in its own file.
  CHECK(sink.File(".generic.xml").find("urn:tablift:export:1") != std::string::npos);
}

TEST_CASE("typed exports are deterministic", "[exporters][typed][determinism]") {
  for (const Exporter* e : std::vector<const Exporter*>{new CsvExporter, new JsonExporter,
                                                        new XmlExporter, new JsonlExporter}) {
    MemorySink a, b;
    e->Write(TypedDocument(), {}, a);
    e->Write(TypedDocument(), {}, b);
    CHECK(a.Files() == b.Files());
    delete e;
  }
}

TEST_CASE("typed tables that do not fit the document are refused before writing",
          "[exporters][typed][error]") {
  auto expect_refused = [](const ExportDocument& doc) {
    for (const Exporter* e : AllExporters()) {
      MemorySink sink;
      INFO(e->Name());
      try {
        e->Write(doc, {}, sink);
        FAIL("expected an error");
      } catch (const Error& err) {
        CHECK(err.code() == ExitCode::kInternal);
      }
      CHECK(sink.Files().empty());
    }
  };
  ExportDocument orphan = TypedDocument();
  orphan.typed[0].index = 7;
  expect_refused(orphan);
  ExportDocument twice = TypedDocument();
  twice.typed.push_back(twice.typed[0]);
  expect_refused(twice);
  ExportDocument no_schemas = TypedDocument();
  no_schemas.metadata.profiles.clear();
  expect_refused(no_schemas);
}
