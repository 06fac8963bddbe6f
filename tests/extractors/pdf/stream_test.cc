// Issue 10: tables without rulings (the stream finder), the finder chain, and decorations.
#include <catch2/catch.hpp>

#include "core/table.h"
#include "extractors/pdf/decorations.h"
#include "extractors/pdf/lattice.h"
#include "extractors/pdf/paragraphs.h"
#include "pdf/lattice_test_pages.h"

namespace tablift::pdf {
namespace {

using testing::PageBuilder;

std::string At(const Table& t, int row, int col) {
  const Cell* c = CellAt(t, row, col);
  return c ? PlainText(*c) : "<none>";
}

bool HasDiagnostic(const Diagnostics& d, const std::string& code) {
  for (const Diagnostic& x : d)
    if (x.code == code) return true;
  return false;
}

// A borderless table: text before, a caption, a header, four data rows, a note after.
PageBuilder Borderless() {
  PageBuilder b(1);
  b.Text(72, 60, "Some running text before the table that fills most of the line width here.");
  b.Text(72, 90, "Table 3. Pupils by year");
  const double ys[] = {110, 124, 138, 152, 166};
  const char* rows[][3] = {{"Year", "Pupils", "Share"},
                           {"2019", "1,234", "12.5"},
                           {"2020", "1,301", "12.9"},
                           {"2021", "1,388", "13.4"},
                           {"2022", "1,402", "13.6"}};
  for (int r = 0; r < 5; ++r) {
    b.Text(72, ys[r], rows[r][0]);
    b.Text(200, ys[r], rows[r][1]);
    b.Text(300, ys[r], rows[r][2]);
  }
  b.Text(72, 200, "Source: a note under the table, long enough to be running text on its line.");
  return b;
}

std::vector<Table> Find(const std::vector<Page>& pages, Diagnostics& d,
                        std::string_view method = "auto") {
  return BuildGeometryTables(pages, method, d);
}

TEST_CASE("stream: a borderless table is found with its columns, header and caption",
          "[pdf][stream]") {
  Diagnostics d;
  const auto tables = Find({Borderless().page()}, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(t.method == "pdf.stream");
  CHECK(t.rows == 5);
  CHECK(t.cols == 3);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(t.caption == "Table 3. Pupils by year");
  CHECK(At(t, 0, 1) == "Pupils");
  CHECK(At(t, 1, 1) == "1,234");
  CHECK(At(t, 4, 2) == "13.6");
  CHECK(ValidateTable(t).empty());
  REQUIRE(t.confidence.has_value());
  CHECK(*t.confidence == Approx(1.0));  // every slot filled, numeric header
}

TEST_CASE("stream: --method lattice finds no borderless table, --method stream does",
          "[pdf][stream]") {
  Diagnostics d;
  CHECK(Find({Borderless().page()}, d, "lattice").empty());
  CHECK(Find({Borderless().page()}, d, "stream").size() == 1);
  CHECK_THROWS(Find({Borderless().page()}, d, "nonsense"));
}

TEST_CASE("stream: a header cell centred over two columns spans them", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(250, 100, "Total");  // centred over the Men and Women columns
  b.Text(72, 114, "Region");
  b.Text(200, 114, "Men");
  b.Text(300, 114, "Women");
  const double ys[] = {128, 142, 156};
  for (int r = 0; r < 3; ++r) {
    b.Text(72, ys[r], "North" + std::to_string(r));
    b.Text(200, ys[r], std::to_string(100 + r));
    b.Text(300, ys[r], std::to_string(200 + r));
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  const Cell* total = CellAt(t, 0, 1);
  REQUIRE(total);
  CHECK(PlainText(*total) == "Total");
  CHECK(total->span.cols == 2);
  CHECK(At(t, 1, 2) == "Women");
  CHECK(t.header_rows == std::vector<int>{0, 1});
}

TEST_CASE("stream: a key cell wrapped over two lines stays one row", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "Item");
  b.Text(250, 100, "Amount");
  b.Text(72, 114, "Alpha");
  b.Text(250, 114, "10");
  b.Text(72, 128, "Beta with a long");
  b.Text(72, 140, "name wrapped");
  b.Text(250, 140, "20");
  b.Text(72, 154, "Gamma");
  b.Text(250, 154, "30");
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 4);
  CHECK(At(tables[0], 2, 0) == "Beta with a long name wrapped");
  CHECK(At(tables[0], 2, 1) == "20");
}

TEST_CASE("stream: a chart's value axis is not a table", "[pdf][stream]") {
  PageBuilder b(1);
  for (int i = 0; i < 6; ++i) b.Text(72, 100 + 14 * i, std::to_string(500 - 100 * i));
  b.Text(150, 114, "Series A");  // legend entries beside the ticks 400 and 0
  b.Text(300, 114, "Series B");
  b.Text(150, 170, "Series C");
  b.Text(300, 170, "Series D");
  Diagnostics d;
  CHECK(Find({b.page()}, d).empty());
  CHECK(HasDiagnostic(d, "pdf.stream-rejected"));
}

TEST_CASE("stream: a bulleted list is not a table", "[pdf][stream]") {
  PageBuilder b(1);
  for (int i = 0; i < 4; ++i) {
    b.Text(72, 100 + 14 * i, "\u2022");
    b.Text(100, 100 + 14 * i, "an item of the list number " + std::to_string(i));
  }
  Diagnostics d;
  CHECK(Find({b.page()}, d).empty());
}

TEST_CASE("stream: running text in two columns is not a table", "[pdf][stream]") {
  PageBuilder b(1);
  for (int i = 0; i < 8; ++i) {
    b.Text(72, 100 + 12 * i, "left column text runs on with many words");
    b.Text(320, 100 + 12 * i, "right column text runs on with words too");
  }
  Diagnostics d;
  CHECK(Find({b.page()}, d).empty());
}

TEST_CASE("stream: word spaces of repeated text do not make columns", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "Source");
  b.Text(300, 100, "2020");
  b.Text(400, 100, "2021");
  for (int i = 0; i < 4; ++i) {
    b.Text(72, 114 + 14 * i, "Projections of Statistics to " + std::to_string(2017 + i));
    b.Text(300, 114 + 14 * i, std::to_string(10 + i) + ".5");
    b.Text(400, 114 + 14 * i, std::to_string(20 + i) + ".5");
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].cols == 3);
  CHECK(At(tables[0], 1, 0) == "Projections of Statistics to 2017");
}

TEST_CASE("stream: rules between rows only are read by the text's columns", "[pdf][stream]") {
  PageBuilder b = Borderless();
  for (double y : {108.0, 122.0, 136.0, 150.0, 164.0, 180.0}) b.H(y, 70, 340);
  b.V(70, 108, 180).V(340, 108, 180);  // an outer box
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].method == "pdf.stream");
  CHECK(tables[0].cols == 3);
  CHECK(HasDiagnostic(d, "pdf.lattice-not-table"));
}

TEST_CASE("decorations: an underline and a strike-through are not rulings, a rule is",
          "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(100, 100, "underlined words here");  // 21 chars * 5 pt = 105 pt wide, box 100..111.7
  b.H(110, 100, 200);                         // underline inside the words' box
  b.H(105, 100, 160);                         // strike-through
  b.H(114, 90, 400);                          // a rule below the descenders
  b.H(110, 300, 400);                         // a rule beside, not under, the words
  const std::vector<Segment> kept = WithoutDecorations(b.page());
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].y0 == 114);
  CHECK(kept[1].x0 == 300);
}

TEST_CASE("paragraphs: a number never continues a number on the next line", "[pdf][stream]") {
  std::string text = "1,530";
  AppendLine(text, "1,253", true);
  CHECK(text == "1,530 1,253");
  std::string word = "Jen";
  AppendLine(word, "V", true);
  CHECK(word == "JenV");
}

TEST_CASE("stream: values on the middle line of a wrapped key join the key's row",
          "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "Measure");
  b.Text(250, 100, "2019");
  b.Text(320, 100, "2020");
  b.Text(72, 114, "Income");
  b.Text(250, 114, "1,200");
  b.Text(320, 114, "1,300");
  b.Text(72, 128, "Between-state income");
  b.Text(250, 138, "0.062");  // the values sit between the key's lines
  b.Text(320, 138, "0.064");
  b.Text(72, 148, "inequality index");
  b.Text(72, 166, "Mortality");
  b.Text(250, 166, "71.3");
  b.Text(320, 166, "69.6");
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(t.rows == 4);
  CHECK(At(t, 2, 0) == "Between-state income inequality index");
  CHECK(At(t, 2, 1) == "0.062");
  CHECK(At(t, 3, 0) == "Mortality");
}

TEST_CASE("stream: a title row in a numeric body spans the value columns", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "Source");
  b.Text(200, 100, "2019");
  b.Text(300, 100, "2020");
  b.Text(72, 114, "Actual");
  b.Text(200, 114, "49,293");
  b.Text(300, 114, "49,266");
  b.Text(215, 128, "Projected counts");  // centred over the two value columns
  b.Text(72, 142, "Model A");
  b.Text(200, 142, "49,644");
  b.Text(300, 142, "49,825");
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  const Cell* title = CellAt(tables[0], 2, 1);
  REQUIRE(title);
  CHECK(PlainText(*title) == "Projected counts");
  CHECK(title->span.cols == 2);
}

TEST_CASE("stream: two numbered headings are not a table", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "3.2");
  b.Text(110, 100, "Measuring losses");
  b.Text(72, 116, "3.2.1");
  b.Text(110, 116, "Reported losses");
  Diagnostics d;
  CHECK(Find({b.page()}, d).empty());
  CHECK(HasDiagnostic(d, "pdf.stream-rejected"));
}

TEST_CASE("lattice: a tall first-column cell with one line per ruled row is split",
          "[pdf][stream]") {
  PageBuilder b(1);
  const std::vector<double> ys = {100, 114, 128, 142, 156};
  b.H(100, 100, 400).H(114, 100, 400).H(156, 100, 400);
  b.H(128, 200, 400).H(142, 200, 400);  // row rules drawn in the value columns only
  for (double x : {100.0, 200.0, 300.0, 400.0}) b.V(x, 100, 156);
  b.Text(105, 102, "Item");
  b.Text(205, 102, "Cost");
  b.Text(305, 102, "Share");
  const char* items[] = {"Salaries", "Travel", "Rent"};
  for (int r = 0; r < 3; ++r) {
    b.Text(105, ys[r + 1] + 2, items[r]);
    b.Text(205, ys[r + 1] + 2, std::to_string(1000 * (r + 1)));
    b.Text(305, ys[r + 1] + 2, std::to_string(10 * (r + 1)) + "%");
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(t.method == "pdf.lattice");
  CHECK(t.rows == 4);
  CHECK(At(t, 2, 0) == "Travel");
  CHECK(At(t, 2, 1) == "2000");
  CHECK(HasDiagnostic(d, "pdf.lattice-rows-split"));
  CHECK(t.confidence == 0.9);
}

// One page of a borderless table continued over pages: the repeated header, then rows.
PageBuilder ContinuedPage(int number, int first, int count, bool caption) {
  PageBuilder b(number);
  if (caption) b.Text(72, 80, "Table 7. Schools by year");
  b.Text(72, 100, "Year");
  b.Text(200, 100, "Schools");
  b.Text(300, 100, "Pupils");
  for (int i = 0; i < count; ++i) {
    const double y = 114 + 14 * i;
    b.Text(72, y, std::to_string(2000 + first + i));
    b.Text(200, y, std::to_string(1200 + first + i));
    // Left-aligned values whose widest differs from page to page: the right edge moves.
    b.Text(300, y, (number == 2 && i == 1 ? "98,1000 (est.)" : "101,") + std::to_string(100 + i));
  }
  return b;
}

TEST_CASE("stream: a table continued on the next page is stitched, its repeated header dropped",
          "[pdf][stream]") {
  Diagnostics d;
  const auto tables =
      Find({ContinuedPage(1, 0, 5, true).page(), ContinuedPage(2, 5, 4, false).page()}, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(t.method == "pdf.stream");
  CHECK(t.rows == 10);  // one header row, 5 + 4 data rows
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(At(t, 6, 0) == "2005");
  CHECK(t.regions.size() == 2);
}

TEST_CASE("stream: a table on the next page with a caption of its own is a new table",
          "[pdf][stream]") {
  Diagnostics d;
  const auto tables =
      Find({ContinuedPage(1, 0, 5, true).page(), ContinuedPage(2, 5, 4, true).page()}, d);
  CHECK(tables.size() == 2);
}

TEST_CASE("stream: neighbouring spanning headers each take their own group of columns",
          "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(180, 100, "Total");   // over the first three value columns
  b.Text(330, 100, "Public");  // over the last three
  b.Text(72, 114, "Year");
  const double xs[] = {130, 180, 230, 280, 330, 380};
  for (double x : xs) b.Text(x, 114, "PK-8");
  for (int r = 0; r < 3; ++r) {
    b.Text(72, 128 + 14 * r, std::to_string(1996 + r));
    for (double x : xs) b.Text(x, 128 + 14 * r, "1,234");
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  const Cell* total = CellAt(t, 0, 1);
  const Cell* pub = CellAt(t, 0, 4);
  REQUIRE(total);
  REQUIRE(pub);
  CHECK(PlainText(*total) == "Total");
  CHECK(total->span.cols == 3);
  CHECK(PlainText(*pub) == "Public");
  CHECK(pub->pos.col == 4);
  CHECK(pub->span.cols == 3);
  CHECK(At(t, 1, 5) == "PK-8");
}

TEST_CASE("stream: a long run of evenly spaced values beside axis title words is a chart",
          "[pdf][stream]") {
  PageBuilder b(1);
  // The axis title's words beside every tick: no row holds numbers only.
  const char* title[] = {"Rate", "of", "confirmed", "cases", "per", "thousand", "people"};
  const char* ticks[] = {"0.30", "0.25", "0.20", "0.15", "0.10", "0.05", "0.00"};
  for (int i = 0; i < 7; ++i) {
    const double y = 100 + 12 * i;
    if (*title[i]) b.Text(72, y, title[i]);
    b.Text(150, y, ticks[i]);
    if (i == 2) b.Text(300, y, "legend");
  }
  Diagnostics d;
  CHECK(Find({b.page()}, d).empty());
  bool axis = false;
  for (const Diagnostic& x : d) axis = axis || x.message.find("axis") != std::string::npos;
  CHECK(axis);
}

TEST_CASE("lattice: a ruled grid with text in few cells is not a table", "[pdf][stream]") {
  PageBuilder b(1);
  b.Grid({100, 200, 300, 400}, {100, 150, 200, 250, 300});  // 12 panels
  b.Text(110, 105, "Germany");
  b.Text(210, 105, "Sweden");
  Diagnostics d;
  CHECK(Find({b.page()}, d, "lattice").empty());
  CHECK(HasDiagnostic(d, "pdf.lattice-not-table"));
}

TEST_CASE("lattice: ruled rows whose cells hold values side by side go to the stream finder",
          "[pdf][stream]") {
  PageBuilder b(1);
  b.Grid({100, 200, 400}, {100, 114, 128, 142, 156});
  const char* keys[] = {"Item", "Kept", "Sold", "Total"};
  for (int r = 0; r < 4; ++r) {
    b.Text(105, 102 + 14 * r, keys[r]);
    if (r == 0) {
      b.Text(210, 102, "Freq.");
      b.Text(300, 102, "Percent");
    } else {
      b.Text(210, 102 + 14 * r, std::to_string(100 * r));  // two values in one ruled cell
      b.Text(300, 102 + 14 * r, std::to_string(10 * r) + ".5");
    }
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].method == "pdf.stream");
  CHECK(tables[0].cols == 3);
  CHECK(At(tables[0], 2, 2) == "20.5");
}

TEST_CASE("stream: a narrow table keeps the columns under its spanning header", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "Indicator");
  b.Text(280, 100, "Result 2023");  // over both value columns, as many chunks as a body line
  b.Text(245, 114, "Target");
  b.Text(325, 114, "Achieved");
  const char* keys[] = {"Households connected", "Pupils enrolled", "Clinics open"};
  const char* targets[] = {"4,500", "12,000", "25"};
  const char* achieved[] = {"3,870", "12,345", "19"};
  for (int r = 0; r < 3; ++r) {
    b.Text(72, 128 + 14 * r, keys[r]);
    b.Text(265, 128 + 14 * r, targets[r]);
    b.Text(350, 128 + 14 * r, achieved[r]);
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(t.cols == 3);
  CHECK(At(t, 1, 1) == "Target");
  CHECK(At(t, 1, 2) == "Achieved");
  CHECK(At(t, 3, 2) == "12,345");
  const Cell* result = CellAt(t, 0, 1);
  REQUIRE(result);
  CHECK(PlainText(*result) == "Result 2023");
  CHECK(result->span.cols == 2);
}

TEST_CASE("stream: an overlong key stays in the key column", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "Country");
  b.Text(200, 100, "Fund");
  b.Text(300, 100, "Total");
  const char* keys[] = {"Bulgaria", "Cyprus", "Czech Republic", "Estonia", "Hungary",
                        "Latvia",   "Malta",  "Poland",         "Romania", "Slovakia"};
  for (int r = 0; r < 10; ++r) {
    b.Text(72, 114 + 14 * r, keys[r]);
    b.Text(200, 114 + 14 * r, std::to_string(r) + ".5");
    b.Text(300, 114 + 14 * r, std::to_string(r + 10) + ".25");
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].cols == 3);
  CHECK(At(tables[0], 3, 0) == "Czech Republic");
}

TEST_CASE("stream: the lines of a wrapped last-column cell stay in the table", "[pdf][stream]") {
  PageBuilder b(1);
  b.Text(72, 100, "Region");
  b.Text(200, 100, "Budget");
  b.Text(300, 100, "Notes");
  b.Text(72, 114, "North");
  b.Text(200, 114, "1,234");
  b.Text(72, 128, "East");
  b.Text(200, 128, "2,410");
  b.Text(300, 128, "Delayed by");
  b.Text(300, 140, "the tender procedure");  // longer than every line above
  b.Text(72, 156, "West");
  b.Text(200, 156, "15,000");
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 4);
  CHECK(At(tables[0], 2, 2) == "Delayed by the tender procedure");
  // Body slots 7 of 9 filled, every body row two or more cells, numeric header: 0.4*7/9+0.4+0.2.
  REQUIRE(tables[0].confidence.has_value());
  CHECK(*tables[0].confidence == Approx(0.91));
  CHECK(At(tables[0], 3, 0) == "West");
}

TEST_CASE("stream: tightly set numeric columns are told apart", "[pdf][stream]") {
  PageBuilder b(1);
  // Values 0.7 em apart: less than a chunk gap, more than a word space.
  const char* rows[][3] = {{"New York", "39,385", "181.2"},
                           {"Oklahoma", "6,930", "177.4"},
                           {"Tennessee", "10,602", "167.8"},
                           {"Arkansas", "5,100", "160.1"}};
  for (int r = 0; r < 4; ++r) {
    const double y = 100 + 12 * r;
    b.Text(72, y, rows[r][0]);
    const double right = 180;  // right-aligned values
    const double w1 = 5 * static_cast<double>(std::string(rows[r][1]).size());
    b.Text(right - w1, y, rows[r][1]);
    b.Text(right + 7, y, rows[r][2]);
  }
  Diagnostics d;
  const auto tables = Find({b.page()}, d);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].cols == 3);
  CHECK(At(tables[0], 2, 1) == "10,602");
  CHECK(At(tables[0], 2, 2) == "167.8");
}

}  // namespace
}  // namespace tablift::pdf
