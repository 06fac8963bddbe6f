// End-to-end tests of the tablift executable (TABLIFT_EXE): exit codes, exact stderr lines and
// the files left in the output directory (docs/cli.md). Guards issue 2's "Bad input" list.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_test_support.h"
#include "core/source.h"
#include "zip_fixture.h"

using namespace tablift::cli_test;

namespace {

const fs::path kSamples = TABLIFT_SAMPLES_DIR;

RunResult Tablift(const std::vector<std::string>& args, const fs::path& cwd) {
  return RunProgram(TABLIFT_EXE, args, cwd);
}

// The files a successful DOCX/PDF conversion must leave: <stem>.json, <stem>.xml and one CSV per
// table listed in the JSON.
std::vector<std::string> ExpectedFiles(const fs::path& dir, const std::string& stem) {
  const auto json = nlohmann::json::parse(Slurp(dir / (stem + ".json")));
  std::vector<std::string> names = {stem + ".json", stem + ".xml"};
  for (std::size_t i = 1; i <= json.at("tables").size(); ++i) {
    names.push_back(stem + ".table-" + std::to_string(i) + ".csv");
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Copies the sample DOCX into `dir` so the runs name it by a short relative path.
std::string CopySample(const fs::path& dir, const std::string& name = "cedaw-report.docx") {
  fs::copy_file(kSamples / "cedaw-report.docx", dir / name);
  return name;
}

// Converts one input that must fail: checks the exit code, that no file was written and that
// stderr is one line naming the input; returns that line.
std::string ExpectFailure(const TempDir& dir, const std::string& input, int code) {
  const RunResult r = Tablift({"convert", input, "-o", "out"}, dir.path);
  CHECK(r.exit_code == code);
  CHECK_THAT(r.err, Catch::StartsWith("tablift: " + input + ": ") && Catch::EndsWith("\n"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK(ListDir(dir.path / "out").empty());
  return r.err;
}

const std::string kNoTablesBody = R"(<w:p><w:r><w:t>Only a paragraph, no table.</w:t></w:r></w:p>)";

}  // namespace

TEST_CASE("the sample DOCX converts to CSV, JSON and XML", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  const RunResult r = Tablift({"convert", input, "-o", "out"}, dir.path);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  REQUIRE(fs::exists(dir.path / "out" / "cedaw-report.json"));
  CHECK(ListOutputs(dir.path / "out") == ExpectedFiles(dir.path / "out", "cedaw-report"));
  const auto json = nlohmann::json::parse(Slurp(dir.path / "out" / "cedaw-report.json"));
  CHECK(json.at("source").at("sha256") == tablift::Sha256Hex(Slurp(dir.path / input)));
}

TEST_CASE("the --format option selects the written formats", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  const RunResult r = Tablift({"convert", input, "-o", "out", "--format", "XML"}, dir.path);
  CHECK(r.exit_code == 0);
  CHECK(ListOutputs(dir.path / "out") == std::vector<std::string>{"cedaw-report.xml"});
}

TEST_CASE("the --no-provenance and --grid flags reach the JSON exporter", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  REQUIRE(Tablift({"convert", input, "-o", "a", "-f", "json"}, dir.path).exit_code == 0);
  REQUIRE(
      Tablift({"convert", input, "-o", "b", "-f", "json", "--no-provenance", "--grid"}, dir.path)
          .exit_code == 0);
  const std::string plain = Slurp(dir.path / "a" / "cedaw-report.json");
  const std::string other = Slurp(dir.path / "b" / "cedaw-report.json");
  CHECK(plain.find("\"_source\"") != std::string::npos);
  CHECK(plain.find("\"grid\"") == std::string::npos);
  CHECK(other.find("\"_source\"") == std::string::npos);
  CHECK(other.find("\"grid\"") != std::string::npos);
}

TEST_CASE("two runs give identical bytes", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  REQUIRE(Tablift({"convert", input, "-o", "a"}, dir.path).exit_code == 0);
  REQUIRE(Tablift({"convert", input, "-o", "b"}, dir.path).exit_code == 0);
  const auto names = ListDir(dir.path / "a");
  REQUIRE(names == ListDir(dir.path / "b"));
  for (const auto& n : names) {
    INFO(n);
    CHECK(Slurp(dir.path / "a" / n) == Slurp(dir.path / "b" / n));
  }
}

TEST_CASE("a missing path fails with exit code 3 and no output", "[cli][e2e]") {
  TempDir dir;
  CHECK(ExpectFailure(dir, "nope.docx", 3) == "tablift: nope.docx: no such file\n");
}

TEST_CASE("a text file named .docx is unsupported input (3)", "[cli][e2e]") {
  TempDir dir;
  WriteFile(dir.path / "fake.docx", "just some text, not a document\n");
  const std::string line = ExpectFailure(dir, "fake.docx", 3);
  CHECK_THAT(line, Catch::StartsWith("tablift: fake.docx: unsupported input: not a document "
                                     "format tablift knows; tablift reads "));
  CHECK_THAT(line, Catch::Contains("DOCX") && Catch::Contains("PDF"));
}

TEST_CASE("a ZIP without word/document.xml is no document (3)", "[cli][e2e]") {
  TempDir dir;
  WriteFile(dir.path / "nodoc.docx", MakeZip({{"hello.txt", "hello"}}));
  CHECK_THAT(ExpectFailure(dir, "nodoc.docx", 3),
             Catch::StartsWith("tablift: nodoc.docx: unsupported input: a ZIP archive that is no "
                               "document; tablift reads "));
}

TEST_CASE("an XLSX named .docx says it is a workbook (3)", "[cli][e2e]") {
  TempDir dir;
  const std::string types =
      "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
  WriteFile(dir.path / "book.docx",
            MakeZip({{"[Content_Types].xml", types}, {"xl/workbook.xml", "<workbook/>"}}));
  CHECK_THAT(ExpectFailure(dir, "book.docx", 3),
             Catch::Contains("unsupported input: an XLSX workbook; tablift reads "));
}

TEST_CASE("a truncated DOCX is bad input (3)", "[cli][e2e]") {
  TempDir dir;
  const std::string bytes = Slurp(kSamples / "cedaw-report.docx");
  WriteFile(dir.path / "cut.docx", bytes.substr(0, bytes.size() / 2));
  ExpectFailure(dir, "cut.docx", 3);
}

TEST_CASE("a DOCX without tables exits with 4", "[cli][e2e]") {
  TempDir dir;
  WriteFile(dir.path / "notables.docx", MakeDocx(kNoTablesBody));
  CHECK(ExpectFailure(dir, "notables.docx", 4) == "tablift: notables.docx: no tables found\n");
}

TEST_CASE("an output directory that cannot be created exits with 5", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  WriteFile(dir.path / "file", "x");
  // Tests may run as root, which ignores permission bits; a path below a regular file fails.
  const RunResult r = Tablift({"convert", input, "-o", "file/sub"}, dir.path);
  CHECK(r.exit_code == 5);
  CHECK(r.err == "tablift: cannot write to file/sub: Not a directory\n");
}

TEST_CASE("a bad input does not stop the good ones", "[cli][e2e]") {
  TempDir dir;
  const std::string good = CopySample(dir.path);
  WriteFile(dir.path / "notables.docx", MakeDocx(kNoTablesBody));
  const RunResult r =
      Tablift({"convert", "notables.docx", good, "missing.pdf", "-o", "out"}, dir.path);
  CHECK(r.exit_code == 4);  // the first failure's code
  CHECK(r.err ==
        "tablift: notables.docx: no tables found\n"
        "tablift: missing.pdf: no such file\n");
  CHECK(ListOutputs(dir.path / "out") == ExpectedFiles(dir.path / "out", "cedaw-report"));
}

TEST_CASE("usage errors exit with 2", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  const std::vector<std::vector<std::string>> bad = {
      {},
      {"convert", input},
      {"convert", "-o", "out"},
      {"convert", input, "-o", "out", "--format", "html"},
      {"convert", input, "-o", "out", "--frobnicate"},
      {"convert", input, "-o", "out", "--pages", "0"},
  };
  for (const auto& args : bad) {
    const RunResult r = Tablift(args, dir.path);
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("tablift: "));
    CHECK(r.out.empty());
  }
  CHECK(ListDir(dir.path) == std::vector<std::string>{input});
}

TEST_CASE("two inputs with the same stem are a usage error before converting", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  fs::create_directory(dir.path / "b");
  CopySample(dir.path / "b");
  const RunResult r = Tablift({"convert", input, "b/" + input, "-o", "out"}, dir.path);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::StartsWith("tablift: cedaw-report.docx and b/cedaw-report.docx "));
  CHECK_FALSE(fs::exists(dir.path / "out"));
}

TEST_CASE("the --version flag prints the version", "[cli][e2e]") {
  TempDir dir;
  const RunResult r = Tablift({"--version"}, dir.path);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "tablift " TABLIFT_VERSION "\n");
  CHECK(r.err.empty());
}

TEST_CASE("the --help flag prints usage on stdout", "[cli][e2e]") {
  TempDir dir;
  const RunResult r = Tablift({"--help"}, dir.path);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("convert") && Catch::Contains("inspect"));
}

TEST_CASE("inspect lists the sample's tables", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  const RunResult r = Tablift({"inspect", input}, dir.path);
  CHECK(r.exit_code == 0);
  const std::string sha = tablift::Sha256Hex(Slurp(dir.path / input));
  CHECK_THAT(r.out,
             Catch::StartsWith("file: " + input + "\nformat: docx\nsha256: " + sha + "\ntables: "));
  CHECK_THAT(r.out, Catch::Contains("\ntable 1: ") && Catch::Contains(", method docx"));
}

TEST_CASE("inspect reports failures like convert", "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  const RunResult r = Tablift({"inspect", "nope.pdf", input}, dir.path);
  CHECK(r.exit_code == 3);
  CHECK(r.err == "tablift: nope.pdf: no such file\n");
  CHECK_THAT(r.out, Catch::StartsWith("file: " + input + "\n"));
}

TEST_CASE("random bytes after a PDF header are bad input (3)", "[cli][e2e][pdf]") {
  TempDir dir;
  WriteFile(dir.path / "junk.pdf", "%PDF-1.7\n" + std::string(4096, '\x9c') + "\n");
  ExpectFailure(dir, "junk.pdf", 3);
}

TEST_CASE("inspect prints a PDF's page count and each table's pages", "[cli][e2e][pdf]") {
  TempDir dir;
  fs::copy_file(kSamples / "cedaw-report.pdf", dir.path / "report.pdf");
  const RunResult r = Tablift({"inspect", "report.pdf", "--pages", "1-3"}, dir.path);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Matches("file: report.pdf\nformat: pdf\nsha256: [0-9a-f]{64}\n"
                                   "pages: [1-9][0-9]*\ntables: [1-9][0-9]*\n"
                                   "table 1: [^\n]*, method pdf\\.[a-z]+, pages [1-3][-0-9,]*, "
                                   "caption [^\n]*\n[\\s\\S]*"));
}

TEST_CASE("limit options apply end to end: a page limit refuses the PDF, a row limit warns",
          "[cli][e2e][limits]") {
  TempDir dir;
  const std::string pdf = "cedaw-report.pdf";
  fs::copy_file(kSamples / pdf, dir.path / pdf);
  const RunResult over = Tablift({"convert", pdf, "-o", "out", "--max-pages", "2"}, dir.path);
  CHECK(over.exit_code == 3);
  CHECK_THAT(over.err,
             Catch::StartsWith("tablift: " + pdf + ": ") && Catch::Contains("over the limit of 2"));
  CHECK(ListDir(dir.path / "out").empty());

  const std::string docx = CopySample(dir.path);
  const RunResult cut = Tablift({"convert", docx, "-o", "out", "--max-rows", "5"}, dir.path);
  INFO(cut.err);
  CHECK(cut.exit_code == 0);
  CHECK_THAT(cut.err, Catch::Contains("warning") && Catch::Contains("5"));
  CHECK(fs::exists(dir.path / "out" / "cedaw-report.json"));
}

namespace {

std::string CellsXml(const std::vector<std::string>& cells) {
  std::string row = "<w:tr>";
  for (const std::string& c : cells)
    row += "<w:tc><w:p><w:r><w:t>" + c + "</w:t></w:r></w:p></w:tc>";
  return row + "</w:tr>";
}

}  // namespace

TEST_CASE("Issue 11: generic columns are typed and --meta reaches JSON and the data package",
          "[cli][e2e][types]") {
  TempDir dir;
  std::string rows = CellsXml({"Code", "Bedrag", "Aandeel", "Jaar", "Opmerking"});
  rows += CellsXml({"0012", "1.234,5", "12,5%", "2019", "n.v.t."});
  rows += CellsXml({"0345", "12,6", "3%", "2020", "12,6*"});
  WriteFile(dir.path / "t.docx", MakeDocx("<w:tbl>" + rows + "</w:tbl>"));
  const RunResult r = Tablift({"convert", "t.docx", "-o", "out", "--datapackage", "--meta",
                               "title=Cijfers", "--meta", "license=CC-BY-4.0"},
                              dir.path);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto json = nlohmann::json::parse(Slurp(dir.path / "out" / "t.json"));
  CHECK(json["metadata"]["title"] == "Cijfers");
  const auto& columns = json["tables"][0]["columns"];
  CHECK_FALSE(columns[0].contains("type"));  // leading zeros: identifiers stay text
  CHECK(columns[1]["type"] == "number");
  CHECK(columns[1]["format"]["decimalChar"] == ",");
  CHECK(columns[2]["type"] == "percent");
  CHECK(columns[3]["type"] == "year");
  CHECK_FALSE(columns[4].contains("type"));
  const auto& record = json["tables"][0]["records"][0];
  CHECK(record["bedrag"] == "1.234,5");  // the text as printed
  CHECK(record["_values"]["bedrag"] == 1234.5);
  CHECK(record["_values"]["aandeel"] == 12.5);
  CHECK(record["_values"]["jaar"] == 2019);
  CHECK(Slurp(dir.path / "out" / "t.table-1.csv").find("\"1.234,5\"") != std::string::npos);
  const auto package = nlohmann::json::parse(Slurp(dir.path / "out" / "datapackage.json"));
  CHECK(package["title"] == "Cijfers");
  CHECK(package["licenses"][0]["name"] == "CC-BY-4.0");
  const auto& csv = package["resources"][0];
  REQUIRE(csv["path"] == "t.table-1.csv");
  CHECK(csv["dialect"]["delimiter"] == ",");
  CHECK(csv["schema"]["fields"][2]["type"] == "number");
  CHECK(csv["schema"]["fields"][2]["decimalChar"] == ",");
  CHECK(csv["schema"]["fields"][2]["groupChar"] == ".");
  CHECK(csv["schema"]["fields"][4]["type"] == "year");
  const auto xml = Slurp(dir.path / "out" / "t.xml");
  CHECK(xml.find("<meta key=\"title\">Cijfers</meta>") != std::string::npos);
}

TEST_CASE("Issue 11: --table keeps the chosen tables; a table the document lacks fails the input",
          "[cli][e2e]") {
  TempDir dir;
  const std::string input = CopySample(dir.path);
  const RunResult ok = Tablift({"convert", input, "--table", "1", "-o", "out"}, dir.path);
  INFO(ok.err);
  CHECK(ok.exit_code == 0);
  const auto json = nlohmann::json::parse(Slurp(dir.path / "out" / "cedaw-report.json"));
  CHECK(json["tables"].size() == 1);
  const RunResult missing = Tablift({"convert", input, "--table", "2", "-o", "none"}, dir.path);
  CHECK(missing.exit_code == 3);
  CHECK(missing.err == "tablift: " + input + ": --table 2: no such table (the document has 1)\n");
  CHECK(ListDir(dir.path / "none").empty());
}
