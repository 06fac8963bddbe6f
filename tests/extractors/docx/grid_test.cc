// DOCX table grids: spans, merges, uncovered slots, nesting, header rows and limits (issue 2).
#include <catch2/catch.hpp>

#include "docx_builder.h"

namespace tablift::testing {
namespace {

std::string Text(const Table& t, int row, int col) {
  const Cell* c = CellAt(t, row, col);
  return c ? PlainText(*c) : "<none>";
}

Table OnlyTable(const std::string& body, const Limits& limits = {}) {
  const Document doc = Extract(MakeDocx(body), limits);
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(ValidateTable(doc.tables[0]).empty());
  return doc.tables[0];
}

bool HasDiagnostic(const Table& t, const std::string& code) {
  for (const Diagnostic& d : t.diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("A plain table gives one cell per w:tc with locators", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(Tr(Tc("a") + Tc("b")) + Tr(Tc("c") + Tc("d")), 2));
  CHECK(t.rows == 2);
  CHECK(t.cols == 2);
  CHECK(t.cells.size() == 4);
  CHECK(t.index == 1);
  CHECK(t.method == "docx");
  CHECK(t.locator == "word/document.xml tbl 1");
  CHECK(Text(t, 1, 1) == "d");
  CHECK(CellAt(t, 1, 1)->locator == "word/document.xml tbl 1 row 2 cell 2");
  CHECK_FALSE(t.parent_table.has_value());
}

TEST_CASE("w:gridSpan makes one cell spanning columns", "[docx][grid]") {
  const Table t = OnlyTable(
      Tbl(Tr(Tc("wide", R"(<w:gridSpan w:val="2"/>)") + Tc("c")) + Tr(Tc("a") + Tc("b") + Tc("c2")),
          3));
  const Cell* wide = CellAt(t, 0, 1);
  REQUIRE(wide != nullptr);
  CHECK(wide->pos == GridPos{0, 0});
  CHECK(wide->span == Span{1, 2});
  CHECK(Text(t, 0, 2) == "c");
  CHECK(t.cells.size() == 5);
}

TEST_CASE("w:vMerge restart and continue make one cell spanning rows", "[docx][grid]") {
  const std::string restart = R"(<w:vMerge w:val="restart"/>)";
  const std::string cont = R"(<w:vMerge/>)";
  const std::string cont_val = R"(<w:vMerge w:val="continue"/>)";
  const Table t =
      OnlyTable(Tbl(Tr(Tc("top", restart) + Tc("1")) +
                        Tr("<w:tc><w:tcPr>" + cont + "</w:tcPr><w:p/></w:tc>" + Tc("2")) +
                        Tr(Tc("", cont_val) + Tc("3")) + Tr(Tc("x") + Tc("4")),
                    4 - 2));
  const Cell* top = CellAt(t, 2, 0);
  REQUIRE(top != nullptr);
  CHECK(top->pos == GridPos{0, 0});
  CHECK(top->span == Span{3, 1});
  CHECK(PlainText(*top) == "top");
  CHECK(Text(t, 3, 0) == "x");
  CHECK(t.cells.size() == 6);
}

TEST_CASE("Text in a vMerge continuation cell is appended to the merged cell", "[docx][grid]") {
  const Table t = OnlyTable(
      Tbl(Tr(Tc("top", R"(<w:vMerge w:val="restart"/>)")) + Tr(Tc("more", "<w:vMerge/>")), 1));
  REQUIRE(t.cells.size() == 1);
  CHECK(PlainText(t.cells[0]) == "top\nmore");
}

TEST_CASE("A vMerge continuation with nothing above becomes its own cell", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(Tr(Tc("lonely", "<w:vMerge/>")), 1));
  REQUIRE(t.cells.size() == 1);
  CHECK(Text(t, 0, 0) == "lonely");
  CHECK(HasDiagnostic(t, "docx.vmerge-orphan"));
}

TEST_CASE("A vMerge continuation with a different width does not merge", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(Tr(Tc("a", R"(<w:vMerge w:val="restart"/>)") + Tc("b")) +
                                    Tr(Tc("c", R"(<w:gridSpan w:val="2"/><w:vMerge/>)")),
                                2));
  CHECK(t.cells.size() == 3);
  CHECK(CellAt(t, 0, 0)->span == Span{1, 1});
  CHECK(CellAt(t, 1, 1)->span == Span{1, 2});
}

TEST_CASE("w:gridBefore and w:gridAfter leave grid slots uncovered", "[docx][grid]") {
  const Table t =
      OnlyTable(Tbl(Tr(Tc("a") + Tc("b") + Tc("c")) +
                        Tr(Tc("mid"), R"(<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>)"),
                    3));
  CHECK(t.cols == 3);
  CHECK(CellAt(t, 1, 0) == nullptr);
  CHECK(Text(t, 1, 1) == "mid");
  CHECK(CellAt(t, 1, 2) == nullptr);
}

TEST_CASE("A short row leaves its last slots uncovered", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(Tr(Tc("a") + Tc("b") + Tc("c")) + Tr(Tc("only")), 3));
  CHECK(Text(t, 1, 0) == "only");
  CHECK(CellAt(t, 1, 1) == nullptr);
  CHECK(CellAt(t, 1, 2) == nullptr);
}

TEST_CASE("A row wider than w:tblGrid widens the grid", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(Tr(Tc("a") + Tc("b") + Tc("c")), 1));
  CHECK(t.cols == 3);
  CHECK(Text(t, 0, 2) == "c");
}

TEST_CASE("An invalid w:gridSpan counts as 1 with a diagnostic", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(Tr(Tc("a", R"(<w:gridSpan w:val="-5"/>)") + Tc("b")) +
                                    Tr(Tc("c", R"(<w:gridSpan w:val="x"/>)")),
                                2));
  CHECK(CellAt(t, 0, 0)->span == Span{1, 1});
  CHECK(Text(t, 0, 1) == "b");
  CHECK(HasDiagnostic(t, "docx.bad-count"));
}

TEST_CASE("Rows marked w:tblHeader are header rows with header cells", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(Tr(Tc("h1") + Tc("h2"), "<w:tblHeader/>") +
                                    Tr(Tc("h3") + Tc("h4"), R"(<w:tblHeader w:val="true"/>)") +
                                    Tr(Tc("d1") + Tc("d2"), R"(<w:tblHeader w:val="0"/>)"),
                                2));
  CHECK(t.header_rows == std::vector<int>{0, 1});
  CHECK(CellAt(t, 0, 0)->header);
  CHECK(CellAt(t, 1, 1)->header);
  CHECK_FALSE(CellAt(t, 2, 0)->header);
}

TEST_CASE("Nested tables follow their parent with parent links", "[docx][grid]") {
  const std::string inner1 = Tbl(Tr(Tc("in1")), 1);
  const std::string inner2 = Tbl(Tr("<w:tc>" + P("in2") + Tbl(Tr(Tc("deep")), 1) + "</w:tc>"), 1);
  const std::string outer = Tbl(Tr("<w:tc>" + P("before") + inner1 + P("after") + "</w:tc>" +
                                   "<w:tc>" + inner2 + "<w:p/></w:tc>"),
                                2);
  const Document doc = Extract(MakeDocx(outer + Tbl(Tr(Tc("last")), 1)));
  REQUIRE(doc.tables.size() == 5);
  for (const Table& t : doc.tables) CHECK(ValidateTable(t).empty());
  CHECK(doc.tables[0].index == 1);
  CHECK(Text(doc.tables[1], 0, 0) == "in1");
  CHECK(Text(doc.tables[2], 0, 0) == "in2");
  CHECK(Text(doc.tables[3], 0, 0) == "deep");
  CHECK(Text(doc.tables[4], 0, 0) == "last");
  CHECK(doc.tables[1].parent_table == 1);
  CHECK(doc.tables[1].parent_cell == GridPos{0, 0});
  CHECK(doc.tables[2].parent_cell == GridPos{0, 1});
  CHECK(doc.tables[3].parent_table == 3);
  CHECK_FALSE(doc.tables[4].parent_table.has_value());
  const Table& outer_t = doc.tables[0];
  CHECK(CellAt(outer_t, 0, 0)->nested_tables == std::vector<int>{2});
  CHECK(CellAt(outer_t, 0, 1)->nested_tables == std::vector<int>{3});
  CHECK(Text(outer_t, 0, 0) == "before\nafter");
  CHECK(doc.tables[3].locator == "word/document.xml tbl 4");
}

TEST_CASE("Tables nested past the depth limit become paragraphs of their cell",
          "[docx][grid][limits]") {
  const std::string deep = Tbl(Tr(Tc("level3")), 1);
  const std::string mid = Tbl(Tr("<w:tc>" + deep + "<w:p/></w:tc>"), 1);
  const std::string top = Tbl(Tr("<w:tc>" + mid + "<w:p/></w:tc>"), 1);
  Limits limits;
  limits.max_nesting_depth = 2;
  const Document doc = Extract(MakeDocx(top), limits);
  REQUIRE(doc.tables.size() == 2);
  CHECK(PlainText(doc.tables[1].cells[0]) == "level3\n");
  REQUIRE_FALSE(doc.diagnostics.empty());
  CHECK(doc.diagnostics[0].code == "docx.nesting-too-deep");
}

TEST_CASE("Rows and cells inside w:sdt and w:customXml are read, and tables in w:sdt",
          "[docx][grid]") {
  const std::string sdt_row =
      "<w:sdt><w:sdtPr/><w:sdtContent>" + Tr(Tc("r2")) + "</w:sdtContent></w:sdt>";
  const std::string cx_row = "<w:customXml w:element=\"x\">" + Tr(Tc("r3")) + "</w:customXml>";
  const std::string sdt_cell =
      Tr(Tc("a") + "<w:sdt><w:sdtContent>" + Tc("b") + "</w:sdtContent></w:sdt>");
  const std::string tbl = Tbl(Tr(Tc("r1") + Tc("x")) + sdt_row + cx_row + sdt_cell, 2);
  const Table t = OnlyTable("<w:sdt><w:sdtContent>" + tbl + "</w:sdtContent></w:sdt>");
  CHECK(t.rows == 4);
  CHECK(Text(t, 1, 0) == "r2");
  CHECK(Text(t, 2, 0) == "r3");
  CHECK(Text(t, 3, 1) == "b");
}

TEST_CASE("A row deleted as a tracked change is dropped", "[docx][grid]") {
  const Table t = OnlyTable(Tbl(
      Tr(Tc("kept")) + Tr(Tc("gone"), R"(<w:del w:id="1" w:author="a"/>)") + Tr(Tc("kept2")), 1));
  CHECK(t.rows == 2);
  CHECK(Text(t, 1, 0) == "kept2");
}

TEST_CASE("Grid limits drop rows, columns and cells with diagnostics", "[docx][grid][limits]") {
  const std::string rows = Tr(Tc("a") + Tc("b") + Tc("c")) + Tr(Tc("d") + Tc("e") + Tc("f")) +
                           Tr(Tc("g") + Tc("h") + Tc("i"));
  SECTION("rows") {
    Limits limits;
    limits.max_grid_rows = 2;
    const Table t = OnlyTable(Tbl(rows, 3), limits);
    CHECK(t.rows == 2);
    CHECK(HasDiagnostic(t, "docx.too-many-rows"));
  }
  SECTION("columns") {
    Limits limits;
    limits.max_grid_cols = 2;
    const Table t = OnlyTable(Tbl(rows, 3), limits);
    CHECK(t.cols == 2);
    CHECK(t.cells.size() == 6);
    CHECK(HasDiagnostic(t, "docx.too-many-columns"));
  }
  SECTION("a span past the column limit") {
    Limits limits;
    limits.max_grid_cols = 4;
    const Table t = OnlyTable(Tbl(Tr(Tc("a", R"(<w:gridSpan w:val="2000000000"/>)")), 1), limits);
    CHECK(t.cells[0].span.cols == 1);
  }
  SECTION("cells") {
    Limits limits;
    limits.max_cells_per_table = 4;
    const Table t = OnlyTable(Tbl(rows, 3), limits);
    CHECK(t.cells.size() == 4);
    CHECK(HasDiagnostic(t, "docx.too-many-cells"));
  }
  SECTION("text per cell") {
    Limits limits;
    limits.max_cell_text_bytes = 5;
    const Table t =
        OnlyTable(Tbl(Tr("<w:tc>" + P("abc") + P("d\xC3\xA9") + P("more") + "</w:tc>"), 1), limits);
    CHECK(PlainText(t.cells[0]) == "abc\nd");
    CHECK(HasDiagnostic(t, "docx.cell-text-truncated"));
  }
  SECTION("text of a vertically merged cell as a whole") {
    Limits limits;
    limits.max_cell_text_bytes = 5;
    const Table t = OnlyTable(
        Tbl(Tr(Tc("abc", R"(<w:vMerge w:val="restart"/>)")) + Tr(Tc("defg", "<w:vMerge/>")), 1),
        limits);
    CHECK(PlainText(t.cells[0]) == "abc\nde");
    CHECK(HasDiagnostic(t, "docx.cell-text-truncated"));
  }
}

TEST_CASE("A table without rows is still reported", "[docx][grid]") {
  const Table t = OnlyTable(Tbl("", 2));
  CHECK(t.rows == 0);
  CHECK(t.cols == 2);
  CHECK(t.cells.empty());
}

TEST_CASE("Legacy w:hMerge continuation cells widen the cell before them", "[docx][grid]") {
  const Table t = OnlyTable(
      Tbl(Tr(Tc("wide", R"(<w:hMerge w:val="restart"/>)") + Tc("", "<w:hMerge/>") + Tc("c")) +
              Tr(Tc("a") + Tc("b") + Tc("c2")),
          3));
  CHECK(CellAt(t, 0, 1)->span == Span{1, 2});
  CHECK(Text(t, 0, 1) == "wide");
  CHECK(Text(t, 0, 2) == "c");
  CHECK(t.cells.size() == 5);
}

TEST_CASE("Imported content (w:altChunk) is reported, not silently skipped", "[docx][grid]") {
  const Document doc =
      Extract(MakeDocx(R"(<w:altChunk r:id="rId5" xmlns:r="urn:r"/>)" + Tbl(Tr(Tc("a")), 1)));
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].code == "docx.altchunk-skipped");
}

}  // namespace tablift::testing
