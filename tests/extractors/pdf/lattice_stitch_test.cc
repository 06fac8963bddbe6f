// Issue 3, "Tables across pages": stitching, repeated headers, split rows; and the Table that
// BuildLatticeTables emits.
#include <catch2/catch.hpp>

#include "extractors/pdf/lattice.h"
#include "pdf/lattice_test_pages.h"

namespace tablift::pdf {
namespace {

using testing::PageBuilder;

const std::vector<double> kXs = {100, 200, 300, 500};

// Page 1: caption, bold header, a section row spanning all columns, rows 9a and 9b; 9b's last
// cell ends mid-sentence at the bottom of the page.
PageBuilder FirstPage() {
  PageBuilder b(1);
  b.Text(100, 84, "Tabel 2. Voorbeeld");
  for (double y : {100.0, 120.0, 140.0, 200.0, 260.0}) b.H(y, 100, 500);
  b.V(100, 100, 260).V(500, 100, 260);
  for (double x : {200.0, 300.0}) b.V(x, 100, 120).V(x, 140, 260);
  b.Text(105, 104, "Nr", 10, true);
  b.Text(205, 104, "Wie", 10, true);
  b.Text(305, 104, "Wat", 10, true);
  b.Text(105, 124, "Een sectie", 10, true);
  b.Text(105, 144, "9a. Alpha");
  b.Text(205, 144, "KNL");
  b.Text(305, 144, "Tekst een.");
  b.Text(105, 204, "9b. Beta loopt");
  b.Text(205, 204, "KNL");
  b.Text(305, 204, "Tekst die doorloopt en");
  return b;
}

// A continuation page with the repeated header and the given first body row, then row 9c.
PageBuilder NextPage(const std::string& first_col, const std::vector<double>& xs = kXs) {
  PageBuilder b(2);
  b.Grid(xs, {100, 120, 160, 200});
  b.Text(xs[0] + 5, 104, "Nr", 10, true);
  b.Text(xs[1] + 5, 104, "Wie", 10, true);
  b.Text(xs[2] + 5, 104, "Wat", 10, true);
  if (!first_col.empty()) b.Text(xs[0] + 5, 124, first_col);
  b.Text(xs[2] + 5, 124, "verder gaat hier.");
  b.Text(xs[0] + 5, 164, "9c. Gamma");
  b.Text(xs[1] + 5, 164, "BZK");
  b.Text(xs[2] + 5, 164, "Nieuw.");
  return b;
}

std::string Text(const Table& t, int row, int col) {
  const Cell* c = CellAt(t, row, col);
  return c ? PlainText(*c) : "<none>";
}

TEST_CASE(
    "a table continued on the next page is one table; repeated header dropped, split "
    "row rejoined",
    "[pdf][lattice]") {
  const std::vector<Page> pages = {FirstPage().page(), NextPage("").page()};
  Diagnostics d;
  const std::vector<Table> tables = BuildLatticeTables(pages, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.index == 1);
  CHECK(t.method == "pdf.lattice");
  CHECK(t.locator == "pages 1-2");
  CHECK(t.caption == "Tabel 2. Voorbeeld");
  CHECK(t.rows == 5);
  CHECK(t.cols == 3);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(CellAt(t, 0, 1)->header);
  CHECK_FALSE(CellAt(t, 2, 1)->header);
  CHECK(t.row_pages == std::vector<int>{1, 1, 1, 1, 2});
  REQUIRE(t.regions.size() == 2);
  CHECK(t.regions[1] == PageRegion{2, {100, 100, 500, 200}});
  const Cell* section = CellAt(t, 1, 2);
  CHECK(section->pos == GridPos{1, 0});
  CHECK(section->span == Span{1, 3});
  CHECK(Text(t, 1, 0) == "Een sectie");
  CHECK(Text(t, 3, 0) == "9b. Beta loopt");
  CHECK(Text(t, 3, 2) == "Tekst die doorloopt en verder gaat hier.");
  CHECK(CellAt(t, 3, 2)->regions.size() == 2);
  CHECK(CellAt(t, 3, 2)->locator == "pages 1-2");
  CHECK(Text(t, 4, 0) == "9c. Gamma");
  CHECK(Text(t, 4, 2) == "Nieuw.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "pdf.lattice-row-rejoined");
  CHECK(d[0].where == "page 2");
  CHECK(d[0].message.find("first cell is empty") != std::string::npos);
}

TEST_CASE("leading bold rows up to a section row are the header", "[pdf][lattice]") {
  const std::vector<Page> pages = {FirstPage().page()};
  Diagnostics d;
  const auto tables = BuildLatticeTables(pages, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].header_rows == std::vector<int>{0});  // the bold section row 1 is not header
  CHECK(tables[0].locator == "page 1");
  CHECK(tables[0].row_pages == std::vector<int>{1, 1, 1, 1});

  PageBuilder all_bold(1);
  all_bold.Grid({100, 200, 300}, {100, 120, 140});
  for (double y : {104.0, 124.0}) {
    all_bold.Text(105, y, "a", 10, true);
    all_bold.Text(205, y, "b", 10, true);
  }
  const std::vector<Page> bold_pages = {all_bold.page()};
  CHECK(BuildLatticeTables(bold_pages, d)[0].header_rows.empty());
}

TEST_CASE("a continuation whose first cell lacks the rows' key is a split row", "[pdf][lattice]") {
  const std::vector<Page> pages = {FirstPage().page(), NextPage("vervolg van beta").page()};
  Diagnostics d;
  const auto tables = BuildLatticeTables(pages, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 5);
  CHECK(Text(tables[0], 3, 0) == "9b. Beta loopt vervolg van beta");
}

TEST_CASE("a continuation row starting with a new key is a new row", "[pdf][lattice]") {
  const std::vector<Page> pages = {FirstPage().page(), NextPage("9d. Delta").page()};
  Diagnostics d;
  const auto tables = BuildLatticeTables(pages, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 6);
  CHECK(Text(tables[0], 4, 0) == "9d. Delta");
  CHECK(Text(tables[0], 4, 2) == "verder gaat hier.");
}

TEST_CASE("a continuation without a top border rejoins its first row", "[pdf][lattice]") {
  PageBuilder two(2);
  two.H(130, 100, 500).H(160, 100, 500);
  for (double x : kXs) two.V(x, 95, 160);
  two.Text(105, 100, "9d. Delta");  // a key, but the open top border wins
  two.Text(305, 100, "en nog meer.");
  two.Text(105, 134, "9e. Epsilon");
  const std::vector<Page> pages = {FirstPage().page(), two.page()};
  Diagnostics d;
  const auto tables = BuildLatticeTables(pages, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 5);
  CHECK(Text(tables[0], 3, 2) == "Tekst die doorloopt en en nog meer.");
  CHECK(Text(tables[0], 4, 0) == "9e. Epsilon");
}

TEST_CASE("tables with different columns on consecutive pages stay separate", "[pdf][lattice]") {
  const std::vector<Page> pages = {FirstPage().page(), NextPage("", {100, 250, 300, 500}).page()};
  Diagnostics d;
  const auto tables = BuildLatticeTables(pages, d);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].index == 1);
  CHECK(tables[1].index == 2);
  CHECK(tables[0].locator == "page 1");
  CHECK(tables[1].locator == "page 2");
  CHECK(tables[1].rows == 3);
  CHECK(Text(tables[1], 0, 0) == "Nr");
}

TEST_CASE("a table shifted as a whole on the next page still continues", "[pdf][lattice]") {
  const std::vector<Page> pages = {FirstPage().page(), NextPage("", {110, 210, 310, 510}).page()};
  Diagnostics d;
  const auto tables = BuildLatticeTables(pages, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 5);
}

TEST_CASE("a next-page table with its own caption or header is a new table", "[pdf][lattice]") {
  PageBuilder captioned = NextPage("");
  captioned.Text(100, 84, "Table 3: Another table");
  const std::vector<Page> pages = {FirstPage().page(), captioned.page()};
  Diagnostics d;
  CHECK(BuildLatticeTables(pages, d).size() == 2);

  PageBuilder headed(2);
  headed.Grid(kXs, {100, 120, 140});
  headed.Text(105, 104, "Code", 10, true);
  headed.Text(205, 104, "Name", 10, true);
  headed.Text(105, 124, "x1");
  const std::vector<Page> other = {FirstPage().page(), headed.page()};
  CHECK(BuildLatticeTables(other, d).size() == 2);
}

TEST_CASE("tables on non-consecutive pages stay separate", "[pdf][lattice]") {
  PageBuilder three = NextPage("");
  Page p = three.page();
  p.number = 3;
  const std::vector<Page> pages = {FirstPage().page(), p};
  Diagnostics d;
  CHECK(BuildLatticeTables(pages, d).size() == 2);
}

}  // namespace
}  // namespace tablift::pdf
