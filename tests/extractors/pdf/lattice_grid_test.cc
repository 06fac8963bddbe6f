// Issue 3, "Tables from ruling lines": segment merging, grids and spans, word placement, captions.
#include <catch2/catch.hpp>

#include "extractors/pdf/grid.h"
#include "extractors/pdf/page_tables.h"
#include "extractors/pdf/segments.h"
#include "pdf/lattice_test_pages.h"

namespace tablift::pdf {
namespace {

using testing::PageBuilder;

TEST_CASE("collinear pieces with small gaps and overlaps merge into one rule", "[pdf][lattice]") {
  const std::vector<Segment> segs = {
      {100, 50, 200, 50, 0.5},     {201.5, 50, 300, 50, 0.5},    // 1.5 pt gap: joined
      {290, 50.4, 400, 50.4, 0.5},                               // overlapping, 0.4 pt off: joined
      {410, 50, 500, 50, 0.5},                                   // 10 pt gap: a separate rule
      {100, 80, 300, 80, 0.5},     {100, 81.5, 300, 81.5, 0.5},  // a double line
      {10, 10, 12, 10, 0.5},                                     // a 2 pt decoration: dropped
      {60, 300, 60, 100, 0.5},                                   // a vertical drawn bottom-up
  };
  const Rules r = MergeSegments(segs);
  REQUIRE(r.horizontal.size() == 3);
  CHECK(r.horizontal[0].lo == 100);
  CHECK(r.horizontal[0].hi == 400);
  CHECK(r.horizontal[1].lo == 410);
  CHECK(r.horizontal[2].pos == Approx(80.75));
  REQUIRE(r.vertical.size() == 1);
  CHECK(r.vertical[0].lo == 100);
  CHECK(r.vertical[0].hi == 300);
}

TEST_CASE("a grid's missing inner borders become spans", "[pdf][lattice]") {
  PageBuilder b(1);
  // 3 columns, 3 rows; row 1 has no inner verticals (a section row); column 0 of rows 2-3 has
  // no border between them (a vertical merge).
  for (double y : {100.0, 120.0, 140.0, 170.0, 200.0}) b.H(y, 100, 400);
  b.V(100, 100, 200).V(400, 100, 200);
  for (double x : {200.0, 300.0}) b.V(x, 100, 120).V(x, 140, 200);
  const Rules rules = MergeSegments(b.page().segments);
  // Remove the border between rows 2 and 3 in column 0 by re-adding that rule shorter.
  Rules cut = rules;
  for (Rule& h : cut.horizontal)
    if (h.pos == 170) h.lo = 200;
  const std::vector<PageGrid> grids = FindGrids(cut);
  REQUIRE(grids.size() == 1);
  const PageGrid& g = grids[0];
  CHECK(g.rows() == 4);
  CHECK(g.cols() == 3);
  const GridCell& section = g.cells[static_cast<std::size_t>(g.CellAt(350, 130))];
  CHECK(section.pos == GridPos{1, 0});
  CHECK(section.span == Span{1, 3});
  const GridCell& merged = g.cells[static_cast<std::size_t>(g.CellAt(150, 190))];
  CHECK(merged.pos == GridPos{2, 0});
  CHECK(merged.span == Span{2, 1});
  CHECK(g.cells.size() == 3 + 1 + 3 + 2);
  CHECK(g.CellAt(50, 50) == -1);
}

TEST_CASE("a stray rule touching a border adds no row", "[pdf][lattice]") {
  PageBuilder b(1);
  b.Grid({100, 200, 300}, {100, 130, 160});
  b.H(115, 102, 140);  // an underline in cell (0, 0), within touching distance of x = 100
  const auto grids = FindGrids(MergeSegments(b.page().segments));
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].rows() == 2);
  CHECK(grids[0].cols() == 2);
  CHECK(grids[0].cells.size() == 4);
}

TEST_CASE("a grid whose top border is not drawn starts with an open boundary", "[pdf][lattice]") {
  PageBuilder b(1);
  b.H(120, 100, 300).H(150, 100, 300).V(100, 95, 150).V(200, 95, 150).V(300, 95, 150);
  const auto grids = FindGrids(MergeSegments(b.page().segments));
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].rows() == 2);
  CHECK_FALSE(grids[0].ys_ruled[0]);
  CHECK(grids[0].ys_ruled[1]);
}

TEST_CASE("words go to the cell holding their centre, lines top to bottom", "[pdf][lattice]") {
  PageBuilder b(1);
  b.Grid({100, 200, 300}, {100, 130, 160});
  b.Text(105, 118, "second line");  // below the first, added first
  b.Text(105, 104, "first line");
  b.Text(205, 104, "right");
  b.Text(105, 135, "row two");
  b.Text(400, 300, "outside");
  Diagnostics d;
  const auto tables = FindPageTables(b.page(), d);
  REQUIRE(tables.size() == 1);
  const PageTable& t = tables[0];
  REQUIRE(t.cell_lines.size() == 4);
  REQUIRE(t.cell_lines[0].size() == 2);
  CHECK(JoinWords(t.cell_lines[0][0].words) == "first line");
  CHECK(JoinWords(t.cell_lines[0][1].words) == "second line");
  CHECK(JoinWords(t.cell_lines[1][0].words) == "right");
  CHECK(JoinWords(t.cell_lines[2][0].words) == "row two");
  CHECK(t.cell_lines[3].empty());
}

TEST_CASE("a ruled box without text is not a table", "[pdf][lattice]") {
  PageBuilder b(3);
  b.Grid({100, 200, 300}, {100, 130});
  Diagnostics d;
  CHECK(FindPageTables(b.page(), d).empty());
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "pdf.lattice-empty-grid");
  CHECK(d[0].where == "page 3");
}

TEST_CASE("the caption is the labelled paragraph directly above the table", "[pdf][lattice]") {
  PageBuilder b(1);
  b.Text(100, 60, "Bijlage bij de rapportage");
  b.Text(100, 74, "Tabel 1. Overzicht van het beleid in reactie op de");
  b.Text(100, 85.9, "Concluding Observations");
  b.Grid({100, 200, 300}, {100, 130});
  b.Text(105, 105, "cell");
  Diagnostics d;
  auto tables = FindPageTables(b.page(), d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].caption ==
        "Tabel 1. Overzicht van het beleid in reactie op de Concluding Observations");

  PageBuilder far(1);
  far.Text(100, 40, "Table 2: too far above");
  far.Grid({100, 200, 300}, {100, 130});
  far.Text(105, 105, "cell");
  CHECK(FindPageTables(far.page(), d)[0].caption.empty());

  PageBuilder plain(1);
  plain.Text(100, 85, "Some text that is not a caption");
  plain.Grid({100, 200, 300}, {100, 130});
  plain.Text(105, 105, "cell");
  CHECK(FindPageTables(plain.page(), d)[0].caption.empty());
}

}  // namespace
}  // namespace tablift::pdf
