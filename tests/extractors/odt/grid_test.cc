// ODT table grids (issue 13): spans, covered cells, header rows, repeats, nested tables, limits.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "odt_builder.h"

namespace tablift::odt_test {
namespace {

const std::string kSpan2 = "table:number-columns-spanned=\"2\"";
const std::string kRows2 = "table:number-rows-spanned=\"2\"";

const tablift::Table& OnlyTable(const Document& doc) {
  REQUIRE(doc.tables.size() == 1);
  return doc.tables[0];
}

}  // namespace

TEST_CASE("ODT column and row spans make one cell each over their slots", "[odt][grid]") {
  const Document doc =
      Extract(MakeOdt(Tbl(Tr(Tc(P("wide"), kSpan2) + Covered() + Tc(P("tall"), kRows2)) +
                          Tr(Tc(P("a")) + Tc(P("b")) + Covered()))));
  const tablift::Table& t = OnlyTable(doc);
  CHECK(t.rows == 2);
  CHECK(t.cols == 3);
  CHECK(ValidateTable(t).empty());
  REQUIRE(t.cells.size() == 4);
  const Cell* wide = CellAt(t, 0, 1);
  REQUIRE(wide);
  CHECK(PlainText(*wide) == "wide");
  CHECK(wide->span.cols == 2);
  const Cell* tall = CellAt(t, 1, 2);
  REQUIRE(tall);
  CHECK(PlainText(*tall) == "tall");
  CHECK(tall->span.rows == 2);
  CHECK(PlainText(*CellAt(t, 1, 1)) == "b");
  CHECK(t.method == "odt");
  CHECK(tall->locator == "content.xml table:table 1 row 1 cell 3");
}

TEST_CASE("A covered cell's content joins the cell that covers it", "[odt][grid]") {
  const Document doc =
      Extract(MakeOdt(Tbl(Tr(Tc(P("first"), kSpan2) + "<table:covered-table-cell>" + P("second") +
                             "</table:covered-table-cell>"))));
  const tablift::Table& t = OnlyTable(doc);
  REQUIRE(t.cells.size() == 1);
  CHECK(PlainText(t.cells[0]) == "first\nsecond");
}

TEST_CASE("A span is cut where the grid ends or a slot is already taken", "[odt][grid]") {
  const Document doc =
      Extract(MakeOdt(Tbl(Tr(Tc(P("x")) + Tc(P("down"), kRows2)) +
                          Tr(Tc(P("across"), "table:number-columns-spanned=\"5\"") + Covered()) +
                          Tr(Tc(P("y"), "table:number-rows-spanned=\"9\"") + Tc(P("z"))))));
  const tablift::Table& t = OnlyTable(doc);
  CHECK(ValidateTable(t).empty());
  const Cell* across = CellAt(t, 1, 0);
  REQUIRE(across);
  CHECK(PlainText(*across) == "across");
  CHECK(across->span.cols == 1);  // column 1 is under "down"
  CHECK(CellAt(t, 2, 0)->span.rows == 1);
}

TEST_CASE("Rows in table:table-header-rows are header rows", "[odt][grid]") {
  const Document doc = Extract(MakeOdt(
      Tbl("<table:table-header-rows>" + Tr(Tc(P("H1")) + Tc(P("H2"))) +
          "</table:table-header-rows><text:soft-page-break/>" + Tr(Tc(P("a")) + Tc(P("b"))) +
          "<table:table-rows>" + Tr(Tc(P("c")) + Tc(P("d"))) + "</table:table-rows>")));
  const tablift::Table& t = OnlyTable(doc);
  CHECK(t.rows == 3);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(CellAt(t, 0, 1)->header);
  CHECK_FALSE(CellAt(t, 1, 0)->header);
  CHECK(PlainText(*CellAt(t, 2, 1)) == "d");
}

TEST_CASE("Repeated rows and cells are read as copies", "[odt][grid]") {
  const Document doc = Extract(MakeOdt(Tbl(
      Tr(Tc(P("r"), "table:number-columns-repeated=\"3\""), "table:number-rows-repeated=\"2\""))));
  const tablift::Table& t = OnlyTable(doc);
  CHECK(t.rows == 2);
  CHECK(t.cols == 3);
  CHECK(t.cells.size() == 6);
  CHECK(PlainText(*CellAt(t, 1, 2)) == "r");
}

TEST_CASE("A nested ODT table is numbered after its parent and not copied into it", "[odt][grid]") {
  const std::string inner = Tbl(Tr(Tc(P("inner"))));
  const Document doc =
      Extract(MakeOdt(Tbl(Tr(Tc(P("outer") + inner) + Tc(P("b")))) + Tbl(Tr(Tc(P("next"))))));
  REQUIRE(doc.tables.size() == 3);
  const tablift::Table& outer = doc.tables[0];
  const tablift::Table& nested = doc.tables[1];
  CHECK(PlainText(*CellAt(outer, 0, 0)) == "outer");
  CHECK(CellAt(outer, 0, 0)->nested_tables == std::vector<int>{2});
  CHECK(nested.parent_table == 1);
  CHECK(nested.parent_cell == GridPos{0, 0});
  CHECK(PlainText(*CellAt(nested, 0, 0)) == "inner");
  CHECK(PlainText(*CellAt(doc.tables[2], 0, 0)) == "next");
}

TEST_CASE("ODT grids stay within the limits", "[odt][grid][limits]") {
  Limits limits;
  SECTION("rows") {
    limits.max_grid_rows = 3;
    const Document doc =
        Extract(MakeOdt(Tbl(Tr(Tc(P("r")), "table:number-rows-repeated=\"1000000000\""))), limits);
    CHECK(OnlyTable(doc).rows == 3);
    CHECK_FALSE(OnlyTable(doc).diagnostics.empty());
  }
  SECTION("columns") {
    limits.max_grid_cols = 2;
    const Document doc = Extract(MakeOdt(Tbl(Tr(Tc(P("a")) + Tc(P("b")) + Tc(P("c"))))), limits);
    CHECK(OnlyTable(doc).cols == 2);
    CHECK(ValidateTable(OnlyTable(doc)).empty());
  }
  SECTION("cells") {
    limits.max_cells_per_table = 2;
    const Document doc = Extract(MakeOdt(Tbl(Tr(Tc(P("a")) + Tc(P("b")) + Tc(P("c"))))), limits);
    CHECK(OnlyTable(doc).cells.size() == 2);
  }
  SECTION("cell text") {
    limits.max_cell_text_bytes = 4;
    const Document doc = Extract(MakeOdt(Tbl(Tr(Tc(P("abcdef") + P("gh"))))), limits);
    CHECK(PlainText(OnlyTable(doc).cells[0]) == "abcd");
    CHECK(OnlyTable(doc).diagnostics.at(0).code == "odt.cell-text-truncated");
  }
  SECTION("nesting") {
    limits.max_nesting_depth = 1;
    const Document doc =
        Extract(MakeOdt(Tbl(Tr(Tc(P("outer") + Tbl(Tr(Tc(P("inner")))))))), limits);
    REQUIRE(doc.tables.size() == 1);
    CHECK(PlainText(doc.tables[0].cells[0]) == "outer\ninner");
  }
  SECTION("time") {
    limits.max_seconds = 1e-9;
    CHECK_THROWS_AS(Extract(MakeOdt(Tbl(Tr(Tc(P("a"))))), limits), Error);
  }
}

}  // namespace tablift::odt_test
