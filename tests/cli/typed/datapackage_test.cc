// --datapackage: the descriptor is computed from the files on disk.
#include "cli/datapackage.h"

#include <catch2/catch.hpp>

#include "../cli_test_support.h"
#include "core/error.h"
#include "core/source.h"

using namespace tablift;
using namespace tablift::cli;
using namespace tablift::cli_test;

TEST_CASE("datapackage lists each file with path, media type, bytes and sha256",
          "[cli][typed][datapackage]") {
  TempDir dir;
  WriteFile(dir.path / "r.json", "{}\n");
  WriteFile(dir.path / "r.xml", "<a/>\n");
  WriteFile(dir.path / "R x.jsonl", "{}\n{}\n");
  const auto j = DataPackageJson(
      dir.path, {dir.path / "r.json", dir.path / "r.xml", dir.path / "R x.jsonl"}, "");
  REQUIRE(j["resources"].size() == 3);
  CHECK(j["resources"][0]["path"] == "r.json");
  CHECK(j["resources"][0]["mediatype"] == "application/json");
  CHECK(j["resources"][0]["bytes"] == 3);
  CHECK(j["resources"][0]["hash"] == "sha256:" + Sha256Hex("{}\n"));
  CHECK(j["resources"][1]["mediatype"] == "application/xml");
  CHECK(j["resources"][2]["name"] == "r-x.jsonl");  // the spec's name pattern
  CHECK(j["resources"][2]["bytes"] == 6);
  CHECK_FALSE(j.contains("created"));
  CHECK(DataPackageJson(dir.path, {}, "2023-11-14T22:13:20Z")["created"] == "2023-11-14T22:13:20Z");
}

TEST_CASE("a CSV's table schema comes from its CSVW; the spreadsheet copy's is all strings",
          "[cli][typed][datapackage]") {
  TempDir dir;
  WriteFile(dir.path / "r.table-1.csv", "id,paragraph,rows\r\n9a,9,1; 2\r\n");
  WriteFile(dir.path / "r.table-1.excel.csv", "\xEF\xBB\xBFid;paragraph;rows\r\n9a;9;1; 2\r\n");
  WriteFile(dir.path / "r.table-1.csv-metadata.json", R"({"tableSchema": {"columns": [
      {"name": "id", "titles": "Id", "datatype": "string", "required": true},
      {"name": "paragraph", "titles": "P", "datatype": "integer", "required": false},
      {"name": "rows", "titles": "Rows", "datatype": "integer", "separator": "; ",
       "required": false}], "primaryKey": "id"}})");
  const auto j =
      DataPackageJson(dir.path, {dir.path / "r.table-1.csv", dir.path / "r.table-1.excel.csv"}, "");
  const auto& csv = j["resources"][0];
  CHECK(csv["profile"] == "tabular-data-resource");
  CHECK(csv["schema"]["primaryKey"] == nlohmann::ordered_json::array({"id"}));
  CHECK(csv["schema"]["fields"][0]["constraints"]["required"] == true);
  CHECK(csv["schema"]["fields"][1]["type"] == "integer");
  CHECK(csv["schema"]["fields"][2]["type"] == "string");  // a list cell is text
  CHECK(csv["dialect"]["delimiter"] == ",");
  const auto& excel = j["resources"][1];
  CHECK(excel["dialect"]["delimiter"] == ";");
  CHECK(excel["schema"]["fields"][1]["type"] == "string");
}

TEST_CASE("WriteDataPackage writes datapackage.json and leaves no temporary file",
          "[cli][typed][datapackage]") {
  TempDir dir;
  WriteFile(dir.path / "r.json", "{}\n");
  WriteDataPackage(dir.path, {dir.path / "r.json"}, "");
  CHECK(ListDir(dir.path) == std::vector<std::string>{"datapackage.json", "r.json"});
  const auto j = nlohmann::json::parse(Slurp(dir.path / kDataPackageName));
  CHECK(j["resources"][0]["path"] == "r.json");
}

TEST_CASE("a file that vanished is an output error", "[cli][typed][datapackage]") {
  TempDir dir;
  try {
    DataPackageJson(dir.path, {dir.path / "gone.csv"}, "");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kOutput);
  }
}

TEST_CASE("the --meta pairs become the package's Frictionless fields",
          "[cli][typed][datapackage]") {
  TempDir dir;
  auto j = DataPackageJson(dir.path, {}, "");
  AddPackageMetadata(j, {{"title", "Rapport"},
                         {"license", "CC-BY-4.0, https://example.org/l"},
                         {"keywords", "a, b"},
                         {"source", "https://example.org/r.pdf"},
                         {"publisher", "BZK"},
                         {"issued", "2024-01-02"},
                         {"symbol", "X/1"}});
  CHECK(j["title"] == "Rapport");
  CHECK(j["licenses"] == nlohmann::ordered_json::parse(
                             R"([{"name":"CC-BY-4.0"},{"path":"https://example.org/l"}])"));
  CHECK(j["keywords"] == nlohmann::ordered_json::array({"a", "b"}));
  CHECK(j["sources"][0]["path"] == "https://example.org/r.pdf");
  CHECK(j["contributors"][0]["role"] == "publisher");
  CHECK(j["created"] == "2024-01-02");
  CHECK(j["tablift:meta"]["symbol"] == "X/1");
}

TEST_CASE("a second run merges into datapackage.json: other runs' resources kept, its own replaced",
          "[cli][typed][datapackage]") {
  TempDir dir;
  WriteFile(dir.path / "a.json", "{}\n");
  WriteFile(dir.path / "b.json", "[]\n");
  WriteDataPackage(dir.path, {dir.path / "a.json"}, "", {{"license", "CC0-1.0"}});
  WriteFile(dir.path / "a.json", "{\"x\":1}\n");
  WriteDataPackage(dir.path, {dir.path / "b.json", dir.path / "a.json"}, "", {{"title", "T"}});
  const auto j = nlohmann::json::parse(Slurp(dir.path / kDataPackageName));
  REQUIRE(j["resources"].size() == 2);
  CHECK(j["resources"][1]["path"] == "a.json");
  CHECK(j["resources"][1]["bytes"] == 8);        // replaced, not listed twice
  CHECK(j["licenses"][0]["name"] == "CC0-1.0");  // the first run's field kept
  CHECK(j["title"] == "T");
  WriteFile(dir.path / "c.json", "{}\n");
  WriteDataPackage(dir.path, {dir.path / "c.json"}, "");
  const auto k = nlohmann::json::parse(Slurp(dir.path / kDataPackageName));
  CHECK(k["resources"].size() == 3);
  CHECK(ListDir(dir.path).size() == 4);  // a, b, c and datapackage.json: no temporary file
  WriteFile(dir.path / kDataPackageName, "not json");
  CHECK_THROWS_AS(WriteDataPackage(dir.path, {dir.path / "c.json"}, ""), Error);
  CHECK(Slurp(dir.path / kDataPackageName) == "not json");
}
