// End-to-end tests of the portal publisher's options (issue 11): `-` as input (standard input,
// --name), `-o -` (one format on standard output), --name-by, the removal of an input's stale
// files from an earlier run, and --dcat. Each runs the built executable (TABLIFT_EXE).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_test_support.h"
#include "zip_fixture.h"

using namespace tablift::cli_test;

namespace {

const fs::path kSamples = TABLIFT_SAMPLES_DIR;

RunResult Tablift(const std::vector<std::string>& args, const fs::path& cwd,
                  const fs::path& stdin_path = {}) {
  return RunProgram(TABLIFT_EXE, args, cwd, stdin_path);
}

std::string Row(const std::string& a, const std::string& b) {
  return "<w:tr><w:tc><w:p><w:r><w:t>" + a + "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" + b +
         "</w:t></w:r></w:p></w:tc></w:tr>";
}

// A DOCX with `n` tables of a header row and two data rows, told apart by their text.
std::string TablesDocx(int n) {
  std::string body;
  for (int t = 1; t <= n; ++t) {
    const std::string k = std::to_string(t);
    body += "<w:tbl>" + Row("Name " + k, "Value " + k) + Row("a" + k, "1") + Row("b" + k, "2") +
            "</w:tbl><w:p/>";
  }
  return MakeDocx(body);
}

}  // namespace

TEST_CASE("convert -o - writes the JSON of one input to standard output and no file",
          "[cli][stdio]") {
  TempDir dir;
  fs::copy_file(kSamples / "cedaw-report.docx", dir.path / "r.docx");
  const RunResult r = Tablift({"convert", "r.docx", "-o", "-"}, dir.path);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  const auto json = nlohmann::json::parse(r.out);
  CHECK(json.at("tables").size() == 1);
  CHECK(json.at("tables")[0].at("records").size() == 81);
  CHECK(ListDir(dir.path) == std::vector<std::string>{"r.docx"});  // no folder named "-"
}

TEST_CASE("convert - reads standard input; --name names its files", "[cli][stdio]") {
  TempDir dir;
  fs::copy_file(kSamples / "cedaw-report.docx", dir.path / "r.docx");
  RunResult r = Tablift({"convert", "-", "-o", "out", "--name", "report", "-f", "json"}, dir.path,
                        dir.path / "r.docx");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(ListOutputs(dir.path / "out") == std::vector<std::string>{"report.json"});
  // The same bytes as converting the file, but for the source's name.
  REQUIRE(Tablift({"convert", "r.docx", "-o", "file", "-f", "json"}, dir.path).exit_code == 0);
  auto from_stdin = nlohmann::json::parse(Slurp(dir.path / "out" / "report.json"));
  auto from_file = nlohmann::json::parse(Slurp(dir.path / "file" / "r.json"));
  CHECK(from_stdin.at("source").at("file") == "<stdin>");
  CHECK(from_stdin.at("source").at("sha256") == from_file.at("source").at("sha256"));
  CHECK(from_stdin.at("tables") != nlohmann::json());
  CHECK(from_stdin.at("tables").size() == from_file.at("tables").size());
  // Without --name the files are stdin.*; with -o - nothing is written at all.
  r = Tablift({"convert", "-", "-o", "out2", "-f", "xml"}, dir.path, dir.path / "r.docx");
  CHECK(ListOutputs(dir.path / "out2") == std::vector<std::string>{"stdin.xml"});
  r = Tablift({"convert", "-", "-o", "-", "-f", "jsonl"}, dir.path, dir.path / "r.docx");
  CHECK(r.exit_code == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 81);
}

TEST_CASE("convert -o - with CSV takes one table; --table chooses it", "[cli][stdio]") {
  TempDir dir;
  WriteFile(dir.path / "two.docx", TablesDocx(2));
  RunResult r = Tablift({"convert", "two.docx", "-o", "-", "-f", "csv"}, dir.path);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "tablift: two.docx: standard output takes one file, and this input writes 2 "
        "(two.table-1.csv, two.table-2.csv); choose one table with --table N or write to a "
        "folder\n");
  r = Tablift({"convert", "two.docx", "-o", "-", "-f", "csv", "--table", "2"}, dir.path);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "name_2,value_2\r\na2,1\r\nb2,2\r\n");
}

TEST_CASE("standard input and output refuse what they cannot do, before reading", "[cli][stdio]") {
  TempDir dir;
  WriteFile(dir.path / "one.docx", TablesDocx(1));
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"convert", "one.docx", "-o", "-", "-f", "json,xml"},
       "tablift: -o - writes one format to standard output; choose it with --format "
       "json|jsonl|csv|xml\n"},
      {{"convert", "one.docx", "one.docx", "-o", "-"},
       "tablift: -o - writes one input to standard output; 2 were given\n"},
      {{"convert", "one.docx", "-o", "-", "--datapackage"},
       "tablift: --datapackage describes files and cannot be used with -o -\n"},
      {{"convert", "-", "-", "-o", "out"}, "tablift: standard input (-) can be read only once\n"},
      {{"convert", "one.docx", "-o", "out", "--name", "x"},
       "tablift: --name names standard input (-), which is not an input\n"},
      {{"convert", "-", "-o", "out", "--name", "a/b"},
       "tablift: --name 'a/b' must be a file name stem, without '/'\n"},
  };
  for (const auto& [args, message] : bad) {
    const RunResult r = Tablift(args, dir.path);
    CHECK(r.exit_code == 2);
    CHECK(r.err == message);
    CHECK(r.out.empty());
  }
  CHECK(ListDir(dir.path) == std::vector<std::string>{"one.docx"});
}

TEST_CASE("a failed input on standard output writes nothing there", "[cli][stdio]") {
  TempDir dir;
  WriteFile(dir.path / "text.docx", "not a document");
  const RunResult r = Tablift({"convert", "-", "-o", "-"}, dir.path, dir.path / "text.docx");
  CHECK(r.exit_code == 3);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("tablift: <stdin>: unsupported input: "));
}

TEST_CASE("convert --name-by file converts report.docx and report.pdf into one folder",
          "[cli][names]") {
  TempDir dir;
  fs::copy_file(kSamples / "cedaw-report.docx", dir.path / "r.docx");
  fs::copy_file(kSamples / "cedaw-report.pdf", dir.path / "r.pdf");
  RunResult r = Tablift({"convert", "r.docx", "r.pdf", "-o", "out", "-f", "json"}, dir.path);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("--name-by file"));
  r = Tablift({"convert", "r.docx", "r.pdf", "-o", "out", "-f", "json", "--name-by", "file"},
              dir.path);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(ListOutputs(dir.path / "out") == std::vector<std::string>{"r.docx.json", "r.pdf.json"});
}

TEST_CASE("a second run removes the files of the first that it did not write", "[cli][stale]") {
  TempDir dir;
  WriteFile(dir.path / "rep.docx", TablesDocx(3));
  WriteFile(dir.path / "other.docx", TablesDocx(2));
  REQUIRE(Tablift({"convert", "rep.docx", "other.docx", "-o", "out", "-f", "csv,json"}, dir.path)
              .exit_code == 0);
  WriteFile(dir.path / "out" / "mine.csv", "a user's own file\n");
  WriteFile(dir.path / "out" / "rep.table-9.csv", "a file tablift did not write\n");
  CHECK(ListOutputs(dir.path / "out").size() == 3 + 1 + 2 + 1 + 2);
  // The report is updated: it has one table now.
  WriteFile(dir.path / "rep.docx", TablesDocx(1));
  const RunResult r = Tablift({"convert", "rep.docx", "-o", "out", "-f", "csv,json"}, dir.path);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(ListOutputs(dir.path / "out") ==
        std::vector<std::string>{"mine.csv", "other.json", "other.table-1.csv", "other.table-2.csv",
                                 "rep.json", "rep.table-1.csv", "rep.table-9.csv"});
  CHECK(Slurp(dir.path / "out" / ".tablift" / "rep.files") == "rep.table-1.csv\nrep.json\n");
  // A failed run keeps the earlier files and their record.
  WriteFile(dir.path / "rep.docx", "broken");
  CHECK(Tablift({"convert", "rep.docx", "-o", "out", "-f", "csv,json"}, dir.path).exit_code == 3);
  CHECK(fs::exists(dir.path / "out" / "rep.table-1.csv"));
}

TEST_CASE("convert --dcat describes the dataset and every file, merged across runs",
          "[cli][dcat]") {
  TempDir dir;
  WriteFile(dir.path / "a.docx", TablesDocx(1));
  WriteFile(dir.path / "b.docx", TablesDocx(2));
  RunResult r = Tablift(
      {"convert", "a.docx", "-o", "out", "--dcat", "--meta", "title=Report", "--meta",
       "license=https://creativecommons.org/licenses/by/4.0/", "--meta", "publisher=Ministerie",
       "--meta", "keywords=cedaw, women", "--meta", "base_url=https://data.example.org/r/"},
      dir.path);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(Slurp(dir.path / "out" / "dcat.jsonld"));
  CHECK(j.at("@type") == "dcat:Dataset");
  CHECK(j.at("@context").at("dcat") == "http://www.w3.org/ns/dcat#");
  CHECK(j.at("dct:title") == "Report");
  CHECK(j.at("dcat:keyword") == nlohmann::json::array({"cedaw", "women"}));
  CHECK(j.at("dct:publisher").at("foaf:name") == "Ministerie");
  const auto& dists = j.at("dcat:distribution");
  REQUIRE(dists.size() == 3);  // a.table-1.csv, a.json, a.xml
  std::vector<std::string> titles;
  for (const auto& d : dists) {
    titles.push_back(d.at("dct:title"));
    CHECK(d.at("dcat:downloadURL").at("@id") ==
          "https://data.example.org/r/" + d.at("dct:title").get<std::string>());
    CHECK(d.at("dct:license").at("@id") == "https://creativecommons.org/licenses/by/4.0/");
    const std::string bytes = Slurp(dir.path / "out" / d.at("dct:title").get<std::string>());
    CHECK(d.at("dcat:byteSize").at("@value") == std::to_string(bytes.size()));
    CHECK(d.at("spdx:checksum").at("spdx:checksumValue").get<std::string>().size() == 64);
  }
  CHECK(std::find(titles.begin(), titles.end(), "a.table-1.csv") != titles.end());
  // Another run into the folder keeps a's distributions and adds b's.
  r = Tablift({"convert", "b.docx", "-o", "out", "--dcat", "-f", "json"}, dir.path);
  REQUIRE(r.exit_code == 0);
  j = nlohmann::json::parse(Slurp(dir.path / "out" / "dcat.jsonld"));
  CHECK(j.at("dcat:distribution").size() == 4);
  CHECK(j.at("dct:title") == "Report");  // kept from the first run
}
