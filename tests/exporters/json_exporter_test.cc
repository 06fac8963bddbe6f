#include "exporters/json_exporter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/version.h"
#include "export_test_support.h"

using namespace tablift;
using namespace tablift::testing;
using Json = nlohmann::ordered_json;

namespace {

std::string WriteJson(const ExportDocument& doc, const ExportOptions& options = {}) {
  MemorySink sink;
  JsonExporter().Write(doc, options, sink);
  REQUIRE(sink.Files().size() == 1);
  return sink.File(".json");
}

// Written by hand from docs/formats.md, not copied from the exporter's output.
std::string ExpectedSmallJson() {
  return std::string(R"({
  "source": {
    "file": "report.docx",
    "format": "docx",
    "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "bytes": 3
  },
  "generator": {
    "name": "tablift",
    "version": ")") +
         Version() + R"("
  },
  "tables": [
    {
      "index": 1,
      "caption": "Tabel 1. Test",
      "method": "docx",
      "columns": [
        {
          "name": "a",
          "title": "A"
        },
        {
          "name": "b_c",
          "title": "B, C"
        }
      ],
      "sections": [
        {
          "title": "Intro",
          "before_record": 0
        }
      ],
      "records": [
        {
          "section": "Intro",
          "a": "x",
          "b_c": "line1\nline2",
          "_source": {
            "table": 1,
            "rows": [
              1
            ]
          }
        },
        {
          "section": null,
          "a": "é",
          "b_c": "say \"hi\"",
          "_source": {
            "table": 1,
            "rows": [
              2,
              3
            ]
          }
        }
      ],
      "diagnostics": [
        {
          "severity": "warning",
          "code": "docx.test",
          "message": "a message",
          "where": "tbl 1"
        }
      ]
    }
  ],
  "diagnostics": []
}
)";
}

}  // namespace

TEST_CASE("JSON export of a small document matches the documented bytes", "[exporters][json]") {
  CHECK(WriteJson(SmallDocument()) == ExpectedSmallJson());
}

TEST_CASE("JSON export leaves out _source when provenance is off", "[exporters][json]") {
  ExportOptions options;
  options.provenance = false;
  const Json j = Json::parse(WriteJson(SmallDocument(), options));
  for (const Json& r : j["tables"][0]["records"]) CHECK_FALSE(r.contains("_source"));
  CHECK(j["tables"][0]["records"][0].size() == 3);  // section, a, b_c
}

TEST_CASE("JSON export writes PDF pages in source and _source", "[exporters][json]") {
  ExportDocument doc = SmallDocument();
  doc.source.format = "pdf";
  doc.source.pages = 12;
  doc.tables[0].records[0].source.pages = {4, 5};
  const Json j = Json::parse(WriteJson(doc));
  CHECK(j["source"].dump() == R"({"file":"report.docx","format":"pdf","sha256":")" +
                                  std::string(kAbcSha256) + R"(","bytes":3,"pages":12})");
  CHECK(j["tables"][0]["records"][0]["_source"].dump() ==
        R"({"table":1,"rows":[1],"pages":[4,5]})");
  CHECK_FALSE(j["tables"][0]["records"][1]["_source"].contains("pages"));
}

TEST_CASE("JSON export takes the method from the grid when the table has none",
          "[exporters][json]") {
  ExportDocument doc = SmallDocument();
  doc.tables[0].method.clear();
  CHECK_FALSE(Json::parse(WriteJson(doc))["tables"][0].contains("method"));
  doc.grids.push_back(SmallGrid());
  CHECK(Json::parse(WriteJson(doc))["tables"][0]["method"] == "pdf.lattice");
}

TEST_CASE("JSON export with --grid writes cells, spans, text and rounded boxes",
          "[exporters][json][grid]") {
  ExportDocument doc = SmallDocument();
  doc.grids.push_back(SmallGrid());
  CHECK_FALSE(Json::parse(WriteJson(doc))["tables"][0].contains("grid"));
  ExportOptions options;
  options.grid = true;
  const Json table = Json::parse(WriteJson(doc, options))["tables"][0];
  std::vector<std::string> keys;
  for (const auto& [key, value] : table.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"index", "caption", "method", "columns", "sections",
                                         "records", "grid", "diagnostics"});
  const Json& grid = table["grid"];
  CHECK(grid["rows"] == 3);
  CHECK(grid["cols"] == 2);
  CHECK(grid["method"] == "pdf.lattice");
  CHECK(grid["header_rows"].dump() == "[0]");
  CHECK(grid["pages"].dump() == "[1,2]");
  CHECK(grid["regions"].dump() == R"([{"page":2,"x0":10.0,"y0":20.5,"x1":300.13,"y1":400.0},)"
                                  R"({"page":1,"x0":0.0,"y0":0.0,"x1":12.35,"y1":7.0}])");
  REQUIRE(grid["cells"].size() == 4);
  CHECK(grid["cells"][0].dump() ==
        R"({"row":0,"col":0,"rowspan":1,"colspan":1,"header":true,"text":"A",)"
        R"("regions":[{"page":1,"x0":0.0,"y0":0.0,"x1":5.0,"y1":5.0}]})");
  CHECK(grid["cells"][2].dump() ==
        R"({"row":1,"col":0,"rowspan":2,"colspan":1,"header":false,"text":"x"})");
  CHECK(grid["cells"][3]["text"] == "intro\n\xE2\x80\xA2 one\n  \xE2\x80\xA2 two\n1. three");
  CHECK(grid["cells"][3]["nested_tables"].dump() == "[2]");
}

TEST_CASE("JSON export of a DOCX grid has no pages or regions", "[exporters][json][grid]") {
  ExportDocument doc = SmallDocument();
  Table g = SmallGrid();
  g.regions.clear();
  for (Cell& c : g.cells) c.regions.clear();
  doc.grids.push_back(g);
  ExportOptions options;
  options.grid = true;
  const Json grid = Json::parse(WriteJson(doc, options))["tables"][0]["grid"];
  CHECK_FALSE(grid.contains("pages"));
  CHECK_FALSE(grid.contains("regions"));
  CHECK_FALSE(grid["cells"][0].contains("regions"));
}

TEST_CASE("JSON export turns invalid UTF-8 into U+FFFD", "[exporters][json][utf8]") {
  ExportDocument doc = SmallDocument();
  doc.tables[0].records[0].values[0] = "bad \xFF\xC3 end";
  doc.tables[0].caption = "\xE0\x80";
  const std::string out = WriteJson(doc);
  const Json j = Json::parse(out);  // would throw on invalid UTF-8
  CHECK(j["tables"][0]["records"][0]["a"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD end");
  CHECK(out.find('\xFF') == std::string::npos);
}

TEST_CASE("JSON export escapes control characters", "[exporters][json]") {
  ExportDocument doc = SmallDocument();
  doc.tables[0].records[0].values[0] = std::string("a\x01\tb\0c", 6);
  const std::string out = WriteJson(doc);
  CHECK(out.find(R"("a": "a\u0001\tb\u0000c")") != std::string::npos);
}

TEST_CASE("JSON export of a document without tables", "[exporters][json]") {
  ExportDocument doc = SmallDocument();
  doc.tables.clear();
  doc.diagnostics.push_back({Severity::kInfo, "doc.note", "m", ""});
  const Json j = Json::parse(WriteJson(doc));
  CHECK(j["tables"].dump() == "[]");
  CHECK(j["diagnostics"].dump() ==
        R"([{"severity":"info","code":"doc.note","message":"m","where":""}])");
}
