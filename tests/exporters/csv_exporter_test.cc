#include "exporters/csv_exporter.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "export_test_support.h"
#include "exporters/table_suffix.h"

using namespace tablift;
using namespace tablift::testing;

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::map<std::string, std::string> WriteCsv(const ExportDocument& doc) {
  MemorySink sink;
  CsvExporter().Write(doc, {}, sink);
  return sink.Files();
}

// A strict RFC 4180 reader: CRLF row ends, quoted fields with doubled quotes. Anything else
// (a bare CR or LF outside quotes, text after a closing quote) fails the test.
Rows ReadRfc4180(const std::string& s) {
  Rows rows(1, std::vector<std::string>(1));
  std::size_t i = 0;
  while (i < s.size()) {
    std::string& field = rows.back().back();
    if (s[i] == '"') {
      for (++i;; ++i) {
        REQUIRE(i < s.size());
        if (s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"') {
          field += '"';
          ++i;
        } else if (s[i] == '"') {
          break;
        } else {
          field += s[i];
        }
      }
      ++i;
      REQUIRE((i == s.size() || s[i] == ',' || s.compare(i, 2, "\r\n") == 0));
    }
    if (i < s.size() && s[i] == ',') {
      rows.back().emplace_back();
      ++i;
    } else if (s.compare(i, 2, "\r\n") == 0) {
      i += 2;
      if (i < s.size()) rows.emplace_back(1);
    } else if (i < s.size()) {
      REQUIRE(s[i] != '\r');
      REQUIRE(s[i] != '\n');
      REQUIRE(s[i] != '"');
      field += s[i++];
    }
  }
  return rows;
}

// The rows a reader must get back: the header, then each record with "" for no section.
Rows ExpectedRows(const RecordTable& t) {
  Rows rows(1, {"section"});
  for (const Column& c : t.columns) rows[0].push_back(c.name);
  for (const Record& r : t.records) {
    rows.push_back({r.section.value_or("")});
    for (const std::string& v : r.values) rows.back().push_back(v);
  }
  return rows;
}

ExportDocument NastyDocument() {
  ExportDocument doc = SmallDocument();
  doc.tables[0].records.push_back({"Sec, \"quoted\"", {"a\r\nb\rc\nd", ",,\"\""}, {1, {4}, {}}});
  doc.tables[0].records.push_back({"", {" spaced ", "\xF0\x9F\x98\x80 emoji; tab\there"}, {}});
  doc.tables[0].records.push_back({std::nullopt, {"", ""}, {}});
  return doc;
}

}  // namespace

TEST_CASE("CsvField quotes only when RFC 4180 requires it", "[exporters][csv]") {
  CHECK(CsvField("plain text") == "plain text");
  CHECK(CsvField("") == "");
  CHECK(CsvField(" lead and trail ") == " lead and trail ");
  CHECK(CsvField("a;b\tc") == "a;b\tc");
  CHECK(CsvField("a,b") == "\"a,b\"");
  CHECK(CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvField("\"") == "\"\"\"\"");
  CHECK(CsvField("line1\nline2") == "\"line1\nline2\"");
  CHECK(CsvField("cr\ronly") == "\"cr\ronly\"");
  CHECK(CsvField("bad \xFF") == "bad \xEF\xBF\xBD");
}

TEST_CASE("CSV export of a small document matches the documented bytes", "[exporters][csv]") {
  const auto files = WriteCsv(SmallDocument());
  REQUIRE(files.size() == 1);
  CHECK(files.at(".table-1.csv") ==
        "section,a,b_c\r\n"
        "Intro,x,\"line1\nline2\"\r\n"
        ",\xC3\xA9,\"say \"\"hi\"\"\"\r\n");
}

TEST_CASE("CSV export writes one file per table, numbered by position", "[exporters][csv]") {
  ExportDocument doc = SmallDocument();
  doc.tables.push_back(doc.tables[0]);
  doc.tables[0].index = 3;
  doc.tables[1].index = 7;
  doc.tables[1].columns = {{"only", "Only"}};
  doc.tables[1].records = {{std::nullopt, {"v"}, {}}};
  const auto files = WriteCsv(doc);
  REQUIRE(files.size() == 2);
  CHECK(files.count(".table-1.csv") == 1);
  CHECK(files.at(".table-2.csv") == "section,only\r\n,v\r\n");
}

TEST_CASE("CSV file numbers are zero-padded to the table count, so they sort in table order",
          "[exporters][csv]") {
  ExportDocument doc = SmallDocument();
  while (doc.tables.size() < 12) doc.tables.push_back(doc.tables[0]);
  const auto files = WriteCsv(doc);
  REQUIRE(files.size() == 12);
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) names.push_back(name);  // std::map: sorted by name
  CHECK(names.front() == ".table-01.csv");
  CHECK(names[8] == ".table-09.csv");
  CHECK(names.back() == ".table-12.csv");
  CHECK(TableSuffix(99, 100) == ".table-100");
  CHECK(TableSuffix(0, 9) == ".table-1");
}

TEST_CASE("CSV export writes no file for a document without tables", "[exporters][csv]") {
  ExportDocument doc = SmallDocument();
  doc.tables.clear();
  CHECK(WriteCsv(doc).empty());
}

TEST_CASE("CSV export has CRLF row ends, no BOM, and reads back to the same texts",
          "[exporters][csv]") {
  const ExportDocument doc = NastyDocument();
  const std::string csv = WriteCsv(doc).at(".table-1.csv");
  CHECK(csv.rfind("section,", 0) == 0);  // no BOM
  CHECK(csv.substr(csv.size() - 2) == "\r\n");
  CHECK(ReadRfc4180(csv) == ExpectedRows(doc.tables[0]));
}

TEST_CASE("CSV export reads back with Python's csv module", "[exporters][csv][python]") {
  const char* python = "/usr/bin/python3";
  if (access(python, X_OK) != 0) {
    WARN("skipped: " << python << " is missing");
    return;
  }
  const ExportDocument doc = NastyDocument();
  const auto path = std::filesystem::temp_directory_path() /
                    ("tablift-csv-test-" + std::to_string(getpid()) + ".csv");
  std::ofstream(path, std::ios::binary) << WriteCsv(doc).at(".table-1.csv");
  const std::string command = std::string(python) +
                              " -c 'import csv,json,sys; print(json.dumps(list(csv.reader("
                              "open(sys.argv[1], newline=\"\", encoding=\"utf-8\")))))' " +
                              path.string();
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) output.append(buf, n);
  CHECK(pclose(pipe) == 0);
  std::filesystem::remove(path);
  CHECK(nlohmann::json::parse(output).get<Rows>() == ExpectedRows(doc.tables[0]));
}

TEST_CASE("CSV export refuses a record whose values do not match the columns",
          "[exporters][csv][error]") {
  ExportDocument doc = SmallDocument();
  doc.tables.push_back(doc.tables[0]);
  doc.tables[1].records[1].values.pop_back();
  MemorySink sink;
  try {
    CsvExporter().Write(doc, {}, sink);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kInternal);
  }
  CHECK(sink.Files().empty());  // checked before any file was opened
}

TEST_CASE("CSV export refuses a column named like the section column", "[exporters][csv][error]") {
  ExportDocument doc = SmallDocument();
  doc.tables[0].columns[1].name = "section";
  MemorySink sink;
  CHECK_THROWS_AS(CsvExporter().Write(doc, {}, sink), Error);
}
