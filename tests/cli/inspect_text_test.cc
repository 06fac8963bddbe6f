#include "cli/inspect_text.h"

#include <catch2/catch.hpp>

using namespace tablift;

TEST_CASE("page lists compress to ranges", "[cli][inspect]") {
  CHECK(cli::FormatPageList({}) == "");
  CHECK(cli::FormatPageList({3}) == "3");
  CHECK(cli::FormatPageList({1, 2, 3, 5, 7, 8}) == "1-3,5,7-8");
}

TEST_CASE("quoted text escapes quotes, backslashes and line breaks", "[cli][inspect]") {
  CHECK(cli::Quote("a \"b\"\\c\r\nd") == "\"a \\\"b\\\"\\\\c\\nd\"");
}

TEST_CASE("inspect text lists source, tables and sections", "[cli][inspect]") {
  Document doc;
  doc.source = {"in/r.pdf", "r.pdf", "pdf", "abc", 10, 9};
  Table t1;
  t1.index = 1;
  t1.rows = 5;
  t1.cols = 3;
  t1.header_rows = {};  // the extractor marked none: the normalizer took the first row
  t1.method = "pdf.lattice";
  t1.caption = "Tabel 1. X";
  t1.regions = {{2, {}}, {3, {}}, {5, {}}};
  Table t2;
  t2.index = 2;
  t2.rows = 1;
  t2.cols = 2;
  t2.method = "pdf.tagged";
  t1.confidence = 1.0;  // certain: not shown
  t2.parent_table = 1;
  t2.parent_cell = GridPos{2, 1};
  doc.tables = {t1, t2};
  RecordTable r1;
  r1.index = 1;
  r1.records.resize(3);
  r1.header_rows = {0};
  r1.columns = {{"land", "Land"}, {"jaar", "Jaar \"x\""}, {"column_3", ""}};
  r1.sections = {{"Intro", 0}, {"More", 2}};
  const std::string text = cli::InspectText(doc, {r1});
  CHECK(text ==
        "file: in/r.pdf\nformat: pdf\nsha256: abc\npages: 9\ntables: 2\n"
        "table 1: 5x3, header rows 1, records 3, sections 2, method pdf.lattice, pages 2-3,5, "
        "caption \"Tabel 1. X\"\n"
        "  columns: land \"Land\", jaar \"Jaar \\\"x\\\"\", column_3 \"\"\n"
        "  section 1 before record 1: \"Intro\"\n"
        "  section 2 before record 3: \"More\"\n"
        "table 2: 1x2, header rows 0, method pdf.tagged, nested in table 1 row 3 col 2, "
        "caption \"\"\n");
}

TEST_CASE("inspect text has no pages line for DOCX", "[cli][inspect]") {
  Document doc;
  doc.source = {"r.docx", "r.docx", "docx", "abc", 10, 0};
  CHECK(cli::InspectText(doc, {}) == "file: r.docx\nformat: docx\nsha256: abc\ntables: 0\n");
}

TEST_CASE("Issue 10: inspect shows the confidence of a table the finder is unsure of",
          "[cli][inspect]") {
  Document doc;
  doc.source.path = "in/r.pdf";
  doc.source.format = "pdf";
  Table t;
  t.index = 1;
  t.rows = 4;
  t.cols = 3;
  t.method = "pdf.stream";
  t.confidence = 0.853;
  doc.tables = {t};
  const std::string text = tablift::cli::InspectText(doc, {});
  CHECK(text.find("method pdf.stream (confidence 0.85), caption") != std::string::npos);
}
