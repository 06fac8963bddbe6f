#include <algorithm>
#include <catch2/catch.hpp>

#include "normalizer/normalizer.h"
#include "table_builder.h"

using namespace tablift;
using tablift::testing::AddFullWidthRow;
using tablift::testing::GridTable;
using tablift::testing::Para;
using tablift::testing::TextCell;

namespace {

std::vector<std::string> Names(const RecordTable& rt) {
  std::vector<std::string> out;
  for (const Column& c : rt.columns) out.push_back(c.name);
  return out;
}

std::vector<std::string> Titles(const RecordTable& rt) {
  std::vector<std::string> out;
  for (const Column& c : rt.columns) out.push_back(c.title);
  return out;
}

bool HasDiagnostic(const RecordTable& rt, const std::string& code) {
  return std::any_of(rt.diagnostics.begin(), rt.diagnostics.end(),
                     [&](const Diagnostic& d) { return d.code == code; });
}

using Values = std::vector<std::string>;

}  // namespace

TEST_CASE("The first row is the header when the table marks none", "[normalizer][header]") {
  const RecordTable rt = NormalizeTable(GridTable({{"Naam", "Stad"}, {"An", "Gent"}}));
  CHECK(Names(rt) == Values{"naam", "stad"});
  CHECK(Titles(rt) == Values{"Naam", "Stad"});
  REQUIRE(rt.records.size() == 1);
  CHECK(rt.records[0].values == Values{"An", "Gent"});
  CHECK_FALSE(rt.records[0].section.has_value());
  CHECK(rt.diagnostics.empty());
}

TEST_CASE("Marked header rows name the columns, joined top to bottom", "[normalizer][header]") {
  Table t = GridTable({{"", "", ""}, {"Land", "Jaar", "Jaar"}, {"NL", "2020", "2021"}});
  t.cells.erase(t.cells.begin(), t.cells.begin() + 3);
  t.cells.insert(t.cells.begin(), TextCell(0, 1, "Cijfers", Span{1, 2}));
  t.cells.insert(t.cells.begin(), TextCell(0, 0, "Land", Span{2, 1}));
  t.cells.erase(std::find_if(t.cells.begin(), t.cells.end(), [](const Cell& c) {
    return c.pos == GridPos{1, 0};
  }));
  t.header_rows = {0, 1};
  const RecordTable rt = NormalizeTable(t);
  // "Land" spans both header rows and appears once; "Cijfers" spans two columns and gives its
  // text to each, so the repeated "Cijfers / Jaar" slug is made unique.
  CHECK(Titles(rt) == Values{"Land", "Cijfers / Jaar", "Cijfers / Jaar"});
  CHECK(Names(rt) == Values{"land", "cijfers_jaar", "cijfers_jaar_2"});
  REQUIRE(rt.records.size() == 1);
  CHECK(rt.records[0].values == Values{"NL", "2020", "2021"});
}

TEST_CASE("Rows that a header cell spans down into are header rows", "[normalizer][header]") {
  Table t;
  t.index = 1;
  t.rows = 3;
  t.cols = 3;
  t.cells.push_back(TextCell(0, 0, "Land", Span{2, 1}));
  t.cells.push_back(TextCell(0, 1, "Cijfers", Span{1, 2}));
  t.cells.push_back(TextCell(1, 1, "2020"));
  t.cells.push_back(TextCell(1, 2, "2021"));
  t.cells.push_back(TextCell(2, 0, "NL"));
  t.cells.push_back(TextCell(2, 1, "5"));
  t.cells.push_back(TextCell(2, 2, "6"));
  for (const std::vector<int>& marked : {std::vector<int>{}, std::vector<int>{0}}) {
    t.header_rows = marked;
    const RecordTable rt = NormalizeTable(t);
    CHECK(Titles(rt) == Values{"Land", "Cijfers / 2020", "Cijfers / 2021"});
    REQUIRE(rt.records.size() == 1);
    CHECK(rt.records[0].values == Values{"NL", "5", "6"});
  }
}

TEST_CASE("A marked header row that is not the first row is used", "[normalizer][header]") {
  Table t = GridTable({{"stray", "x"}, {"A", "B"}, {"1", "2"}});
  t.header_rows = {1};
  const RecordTable rt = NormalizeTable(t);
  CHECK(Names(rt) == Values{"a", "b"});
  // The row above the header is kept as a record, with a diagnostic.
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.records[0].values == Values{"stray", "x"});
  CHECK(rt.records[0].source.rows == std::vector<int>{0});
  CHECK(rt.records[1].values == Values{"1", "2"});
  CHECK(HasDiagnostic(rt, "normalizer.row-unplaced"));
}

TEST_CASE("A section row above the unmarked header becomes the first section",
          "[normalizer][section]") {
  Table t;
  t.index = 1;
  t.cols = 2;
  AddFullWidthRow(t, 0, "Deel A");
  Table body = GridTable({{"K1", "K2"}, {"a", "b"}});
  for (Cell c : body.cells) {
    c.pos.row += 1;
    t.cells.push_back(c);
  }
  t.rows = 3;
  const RecordTable rt = NormalizeTable(t);
  CHECK(Names(rt) == Values{"k1", "k2"});
  REQUIRE(rt.sections.size() == 1);
  CHECK(rt.sections[0].title == "Deel A");
  CHECK(rt.sections[0].before_record == 0);
  REQUIRE(rt.records.size() == 1);
  CHECK(rt.records[0].section == std::optional<std::string>("Deel A"));
}

TEST_CASE("A marked header row that spans all columns is a section", "[normalizer][section]") {
  Table t;
  t.index = 1;
  t.cols = 2;
  AddFullWidthRow(t, 0, "Titel");
  t.cells.push_back(TextCell(1, 0, "K1"));
  t.cells.push_back(TextCell(1, 1, "K2"));
  t.cells.push_back(TextCell(2, 0, "a"));
  t.cells.push_back(TextCell(2, 1, "b"));
  t.rows = 3;
  t.header_rows = {0, 1};
  RecordTable rt = NormalizeTable(t);
  CHECK(Titles(rt) == Values{"K1", "K2"});
  REQUIRE(rt.sections.size() == 1);
  CHECK(rt.sections[0].title == "Titel");
  REQUIRE(rt.records.size() == 1);
  CHECK(rt.records[0].section == std::optional<std::string>("Titel"));
  // Only the section row marked: the header is the first content row.
  t.header_rows = {0};
  rt = NormalizeTable(t);
  CHECK(Titles(rt) == Values{"K1", "K2"});
  CHECK(rt.records.size() == 1);
}

TEST_CASE("Section rows set the section of the records below them", "[normalizer][section]") {
  Table t = GridTable({{"K1", "K2"}, {"before", "x"}});
  AddFullWidthRow(t, 2, "Eerste");
  t.cells.push_back(TextCell(3, 0, "a"));
  t.cells.push_back(TextCell(3, 1, "b"));
  AddFullWidthRow(t, 4, "Tweede\nregel");
  AddFullWidthRow(t, 5, "Derde");
  t.cells.push_back(TextCell(6, 0, "c"));
  t.cells.push_back(TextCell(6, 1, "d"));
  t.rows = 7;
  t.header_rows = {0};
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 3);
  CHECK_FALSE(rt.records[0].section.has_value());
  CHECK(rt.records[1].section == std::optional<std::string>("Eerste"));
  // Two sections in a row: both listed at the same record, the later one applies.
  CHECK(rt.records[2].section == std::optional<std::string>("Derde"));
  REQUIRE(rt.sections.size() == 3);
  CHECK(rt.sections[0].before_record == 1);
  CHECK(rt.sections[1].title == "Tweede regel");
  CHECK(rt.sections[1].before_record == 2);
  CHECK(rt.sections[2].before_record == 2);
}

TEST_CASE("A one-column table has no section rows", "[normalizer][section]") {
  const RecordTable rt = NormalizeTable(GridTable({{"Punt"}, {"a"}, {"b"}}));
  CHECK(rt.sections.empty());
  CHECK(rt.records.size() == 2);
}

TEST_CASE("A cell spanning rows gives its text to every record it covers", "[normalizer][span]") {
  Table t = GridTable({{"Nr", "Land", "Stand"}});
  t.cells.push_back(TextCell(1, 0, "1a"));
  t.cells.push_back(TextCell(1, 1, "KNL; JenV", Span{2, 1}));
  t.cells.push_back(TextCell(1, 2, "eerste"));
  t.cells.push_back(TextCell(2, 0, "1b"));
  t.cells.push_back(TextCell(2, 2, "tweede"));
  t.rows = 3;
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.records[0].values == Values{"1a", "KNL; JenV", "eerste"});
  CHECK(rt.records[1].values == Values{"1b", "KNL; JenV", "tweede"});
}

TEST_CASE("A data cell spanning columns fills its first column; uncovered slots are empty",
          "[normalizer][span]") {
  Table t = GridTable({{"A", "B", "C"}});
  t.cells.push_back(TextCell(1, 0, "wide", Span{1, 2}));
  t.cells.push_back(TextCell(1, 2, "c"));
  t.cells.push_back(TextCell(2, 1, "only b"));  // slots (2,0) and (2,2) have no cell
  t.rows = 3;
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.records[0].values == Values{"wide", "", "c"});
  CHECK(rt.records[1].values == Values{"", "only b", ""});
}

TEST_CASE("Empty rows are dropped and nothing else is", "[normalizer][rows]") {
  Table t = GridTable({{"A", "B"}, {"", ""}, {"x", ""}, {" ", "\t"}, {"", "y"}});
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.records[0].values == Values{"x", ""});
  CHECK(rt.records[0].source.rows == std::vector<int>{2});
  CHECK(rt.records[1].values == Values{"", "y"});
  CHECK(rt.records[1].source.rows == std::vector<int>{4});
}

TEST_CASE("A row with text only from cells spanning down joins the record above",
          "[normalizer][rows]") {
  Table t = GridTable({{"A", "B"}});
  t.cells.push_back(TextCell(1, 0, "a", Span{2, 1}));
  t.cells.push_back(TextCell(1, 1, "b", Span{2, 1}));
  t.cells.push_back(TextCell(3, 0, "c"));
  t.cells.push_back(TextCell(3, 1, "d"));
  t.rows = 4;
  t.row_pages = {3, 3, 4, 4};
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.records[0].values == Values{"a", "b"});
  CHECK(rt.records[0].source.rows == std::vector<int>{1, 2});
  CHECK(rt.records[0].source.pages == std::vector<int>{3, 4});
  CHECK(rt.records[1].source.pages == std::vector<int>{4});
}

TEST_CASE("Header rows repeated in the body are skipped with an info diagnostic",
          "[normalizer][header]") {
  Table t = GridTable({{"A", "B"}, {"1", "2"}, {"A", "B"}, {"3", "4"}});
  t.header_rows = {0, 2};
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.records[1].values == Values{"3", "4"});
  REQUIRE(rt.diagnostics.size() == 1);
  CHECK(rt.diagnostics[0].code == "normalizer.repeated-header");
  CHECK(rt.diagnostics[0].severity == Severity::kInfo);
  CHECK(rt.diagnostics[0].where == "table 1 grid row 2");
  // Unmarked repetitions are recognised by their text too.
  t.header_rows.clear();
  CHECK(NormalizeTable(t).records.size() == 2);
}

TEST_CASE("A marked header row in the body with other text stays a record",
          "[normalizer][header]") {
  Table t = GridTable({{"A", "B"}, {"1", "2"}, {"X", "Y"}});
  t.header_rows = {0, 2};
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.records[1].values == Values{"X", "Y"});
  CHECK(HasDiagnostic(rt, "normalizer.row-unplaced"));
}

TEST_CASE("Record values are normalized cell text", "[normalizer][text]") {
  Table t = GridTable({{"A"}});
  t.cells.push_back(tablift::testing::MakeCell(
      1, 0, {Para("  intro  "), Para("punt", ListKind::kBullet, 0, "\xE2\x80\xA2")}));
  t.rows = 2;
  CHECK(NormalizeTable(t).records.at(0).values == Values{"intro\n\xE2\x80\xA2 punt"});
}

TEST_CASE("Records carry their table, grid rows and pages", "[normalizer][provenance]") {
  Table t = GridTable({{"A"}, {"x"}, {"y"}}, 7);
  RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 2);
  CHECK(rt.index == 7);
  CHECK(rt.records[1].source.table == 7);
  CHECK(rt.records[1].source.rows == std::vector<int>{2});
  CHECK(rt.records[1].source.pages.empty());  // DOCX: no pages
  t.row_pages = {1, 2, 5};
  rt = NormalizeTable(t);
  CHECK(rt.records[0].source.pages == std::vector<int>{2});
  CHECK(rt.records[1].source.pages == std::vector<int>{5});
}

TEST_CASE("Record pages include the pages of cells continued over a page break",
          "[normalizer][provenance]") {
  // Rows: header, "1|2", "3|4". Cells 2 and 3 are the row "1|2".
  Table t = GridTable({{"A", "B"}, {"1", "2"}, {"3", "4"}});
  t.row_pages = {1, 1, 2};
  t.cells[2].regions = {PageRegion{1, {}}};
  t.cells[3].regions = {PageRegion{1, {}}, PageRegion{2, {}}};  // continues on page 2
  RecordTable rt = NormalizeTable(t);
  CHECK(rt.records[0].source.pages == std::vector<int>{1, 2});
  CHECK(rt.records[1].source.pages == std::vector<int>{2});
  // A cell spanning both records gives its pages to neither.
  t.cells.erase(t.cells.begin() + 4);
  t.cells[2].span = Span{2, 1};
  t.cells[2].regions = {PageRegion{1, {}}, PageRegion{2, {}}, PageRegion{3, {}}};
  t.cells[3].regions.clear();
  rt = NormalizeTable(t);
  CHECK(rt.records[0].source.pages == std::vector<int>{1});
  CHECK(rt.records[1].values == Values{"1", "4"});
  CHECK(rt.records[1].source.pages == std::vector<int>{2});
}

TEST_CASE("Caption, method and the table's diagnostics are carried, the normalizer's after",
          "[normalizer][diagnostics]") {
  Table t = GridTable({{"A", "B"}, {"A", "B"}, {"1", "2"}});
  t.caption = "Tabel 1. Iets";
  t.method = "pdf.lattice";
  t.diagnostics.push_back({Severity::kWarning, "docx.vmerge-orphan", "m", "w"});
  const RecordTable rt = NormalizeTable(t);
  CHECK(rt.caption == "Tabel 1. Iets");
  CHECK(rt.method == "pdf.lattice");
  REQUIRE(rt.diagnostics.size() == 2);
  CHECK(rt.diagnostics[0].code == "docx.vmerge-orphan");
  CHECK(rt.diagnostics[1].code == "normalizer.repeated-header");
}

TEST_CASE("Cells outside the grid or overlapping are repaired and reported",
          "[normalizer][robustness]") {
  Table t = GridTable({{"A", "B"}, {"1", "2"}});
  t.cells.push_back(TextCell(1, 5, "far"));
  t.cells.push_back(TextCell(1, 1, "again"));
  const RecordTable rt = NormalizeTable(t);
  REQUIRE(rt.records.size() == 1);
  CHECK(rt.records[0].values == Values{"1", "2\nfar\nagain"});
  CHECK(HasDiagnostic(rt, "normalizer.cell-outside-grid"));
  CHECK(HasDiagnostic(rt, "normalizer.cell-overlap"));
}

TEST_CASE("A table without any text gives generic columns and no records",
          "[normalizer][robustness]") {
  Table t = GridTable({{"", ""}, {"", ""}});
  const RecordTable rt = NormalizeTable(t);
  CHECK(Names(rt) == Values{"column_1", "column_2"});
  CHECK(rt.records.empty());
  Table none;
  CHECK(NormalizeTable(none).columns.empty());
}

TEST_CASE("A cell holding a nested table is noted", "[normalizer][nested]") {
  Table t = GridTable({{"A"}, {"x"}});
  t.cells[1].nested_tables = {2};
  const RecordTable rt = NormalizeTable(t);
  CHECK(HasDiagnostic(rt, "normalizer.nested-table"));
}

TEST_CASE("NormalizeDocument normalizes every table and copies the rest",
          "[normalizer][document]") {
  Document doc;
  doc.source.file_name = "r.docx";
  doc.source.sha256 = "abc";
  doc.tables.push_back(GridTable({{"A"}, {"x"}}, 1));
  doc.tables.push_back(GridTable({{"B"}, {"y"}, {"z"}}, 2));
  doc.diagnostics.push_back({Severity::kInfo, "pdf.page-no-text", "m", "page 2"});
  ExportDocument out = NormalizeDocument(doc, false);
  CHECK(out.source.file_name == "r.docx");
  CHECK(out.source.sha256 == "abc");
  REQUIRE(out.tables.size() == 2);
  CHECK(out.tables[1].index == 2);
  CHECK(out.tables[1].records.size() == 2);
  CHECK(out.grids.empty());
  REQUIRE(out.diagnostics.size() == 1);
  out = NormalizeDocument(doc, true);
  REQUIRE(out.grids.size() == 2);
  CHECK(out.grids[1].cells.size() == 3);
}

TEST_CASE("Issue 10: a table without data rows says so in a warning", "[normalizer][issue10]") {
  const RecordTable header_only = NormalizeTable(GridTable({{"Naam", "Stad"}}));
  CHECK(header_only.records.empty());
  CHECK(HasDiagnostic(header_only, "table.no-records"));
  const RecordTable with_data = NormalizeTable(GridTable({{"Naam", "Stad"}, {"An", "Gent"}}));
  CHECK_FALSE(HasDiagnostic(with_data, "table.no-records"));
}
