#include "exporters/registry.h"

#include <catch2/catch.hpp>

#include "core/error.h"
#include "export_test_support.h"

using namespace tablift;
using namespace tablift::testing;

TEST_CASE("AllExporters lists csv, json, xml and jsonl in a fixed order", "[exporters][registry]") {
  std::vector<std::string> names;
  for (const Exporter* e : AllExporters()) names.push_back(e->Name());
  CHECK(names == std::vector<std::string>{"csv", "json", "xml", "jsonl"});
}

TEST_CASE("FindExporter ignores case and rejects unknown names", "[exporters][registry]") {
  for (const char* name : {"csv", "json", "xml"}) {
    const Exporter* e = FindExporter(name);
    REQUIRE(e);
    CHECK(std::string(e->Name()) == name);
  }
  CHECK(FindExporter("JSON") == FindExporter("json"));
  CHECK(FindExporter("Xml") == FindExporter("xml"));
  CHECK(FindExporter("cSV") == FindExporter("csv"));
  CHECK(FindExporter("yaml") == nullptr);
  CHECK(FindExporter("jso") == nullptr);
  CHECK(FindExporter("json ") == nullptr);
  CHECK(FindExporter("") == nullptr);
}

TEST_CASE("Every exporter writes identical bytes for the same input", "[exporters][determinism]") {
  ExportDocument doc = SmallDocument();
  doc.grids.push_back(SmallGrid());
  doc.source.pages = 3;
  ExportOptions options;
  options.grid = true;
  for (const Exporter* e : AllExporters()) {
    MemorySink first, second;
    e->Write(doc, options, first);
    const ExportDocument copy = doc;
    e->Write(copy, options, second);
    INFO(e->Name());
    CHECK_FALSE(first.Files().empty());
    CHECK(first.Files() == second.Files());
  }
}

TEST_CASE("Every exporter refuses a record with the wrong number of values before writing",
          "[exporters][error]") {
  ExportDocument doc = SmallDocument();
  doc.tables[0].records[0].values.push_back("extra");
  for (const Exporter* e : AllExporters()) {
    MemorySink sink;
    INFO(e->Name());
    CHECK_THROWS_AS(e->Write(doc, {}, sink), Error);
    CHECK(sink.Files().empty());
  }
}

TEST_CASE("Every exporter reports a failing stream as an output error", "[exporters][error]") {
  for (const Exporter* e : AllExporters()) {
    FailingSink sink;
    INFO(e->Name());
    try {
      e->Write(SmallDocument(), {}, sink);
      FAIL("expected an error");
    } catch (const Error& err) {
      CHECK(err.code() == ExitCode::kOutput);
    }
  }
}

TEST_CASE("Every exporter refuses grids that are not parallel to the tables",
          "[exporters][error][grid]") {
  ExportDocument doc = SmallDocument();
  ExportOptions options;
  options.grid = true;
  SECTION("grids asked for but not kept") {}
  SECTION("one grid too many") {
    doc.grids = {SmallGrid(), SmallGrid()};
    options.grid = false;
  }
  SECTION("a grid for another table") {
    doc.grids = {SmallGrid()};
    doc.grids[0].index = 2;
  }
  for (const Exporter* e : AllExporters()) {
    MemorySink sink;
    INFO(e->Name());
    if (std::string(e->Name()) == "csv" && options.grid && doc.grids.empty()) continue;
    try {
      e->Write(doc, options, sink);
      FAIL("expected an error");
    } catch (const Error& err) {
      CHECK(err.code() == ExitCode::kInternal);
    }
    CHECK(sink.Files().empty());
  }
}
