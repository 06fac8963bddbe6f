#include "normalizer/column_types.h"

#include <catch2/catch.hpp>

using namespace tablift;

namespace {

RecordTable TableOf(const std::vector<std::vector<std::string>>& rows) {
  RecordTable t;
  for (std::size_t c = 0; c < rows.front().size(); ++c)
    t.columns.push_back({"c" + std::to_string(c), "C"});
  for (const auto& r : rows) t.records.push_back({std::nullopt, r, {}});
  return t;
}

ColumnKind KindOf(const std::vector<std::string>& cells, char mark = 0) {
  return InferColumnType(cells, mark).kind;
}

}  // namespace

TEST_CASE("a column is typed only when every non-empty cell parses", "[normalizer][types]") {
  CHECK(KindOf({"12", "1.234", "7"}, ',') == ColumnKind::kInteger);
  CHECK(KindOf({"12", "n.v.t.", "7"}, ',') == ColumnKind::kString);     // a word in the column
  CHECK(KindOf({"12,6", "12,6*", "3,1"}, ',') == ColumnKind::kString);  // a footnote mark
  CHECK(KindOf({"0012", "0345", "1200"}) == ColumnKind::kString);       // IDs with leading zeros
  CHECK(KindOf({}) == ColumnKind::kString);
  CHECK(KindOf({"Amsterdam"}) == ColumnKind::kString);
}

TEST_CASE("the decimal mark is decided per column, never per cell", "[normalizer][types]") {
  const ColumnType dutch = InferColumnType({"12,6", "1.234,5", "3"}, 0);
  CHECK(dutch.kind == ColumnKind::kNumber);
  CHECK(dutch.decimal_mark == ',');
  CHECK(dutch.group_mark == '.');
  const ColumnType english = InferColumnType({"1,234.5", "3.25"}, ',');  // the column decides
  CHECK(english.kind == ColumnKind::kNumber);
  CHECK(english.decimal_mark == '.');
  CHECK(english.group_mark == ',');
  // "1.234" reads both ways: the document's mark settles it, and without one it stays text.
  CHECK(InferColumnType({"1.234", "5.678"}, ',').kind == ColumnKind::kInteger);
  const ColumnType dotted = InferColumnType({"1.234", "5.678"}, '.');
  CHECK(dotted.kind == ColumnKind::kNumber);
  CHECK(dotted.decimal_mark == '.');
  CHECK(KindOf({"1.234", "5.678"}, 0) == ColumnKind::kString);
  // Cells that read the same both ways need no document mark.
  CHECK(KindOf({"12", "345"}, 0) == ColumnKind::kInteger);
  // One cell per reading: no single mark reads the column.
  CHECK(KindOf({"12,6", "3.14"}, ',') == ColumnKind::kString);
}

TEST_CASE("percent, year and date columns", "[normalizer][types]") {
  const ColumnType pct = InferColumnType({"12,5%", "3 %", "100%"}, 0);
  CHECK(pct.kind == ColumnKind::kPercent);
  CHECK(pct.decimal_mark == ',');
  CHECK(KindOf({"12,5%", "3"}, ',') == ColumnKind::kString);
  CHECK(KindOf({"2019", "2020", "2021"}) == ColumnKind::kYear);
  CHECK(KindOf({"2019", "3500"}) == ColumnKind::kInteger);  // not years
  const ColumnType date = InferColumnType({"1-3-2021", "15-12-2020"}, ',');
  CHECK(date.kind == ColumnKind::kDate);
  CHECK(date.date_pattern == "d-M-yyyy");
  CHECK(KindOf({"1-3-2021", "31-2-2020"}) == ColumnKind::kString);  // no 31 February
}

TEST_CASE("the document's decimal mark comes from cells readable one way only",
          "[normalizer][types]") {
  CHECK(DocumentDecimalMark({TableOf({{"12,6", "1.234"}, {"3,5", "x"}})}) == ',');
  CHECK(DocumentDecimalMark({TableOf({{"3.14", "1,234.5"}})}) == '.');
  CHECK(DocumentDecimalMark({TableOf({{"12", "1.234"}})}) == 0);
  RecordTable t = TableOf({{"0012", "12,6", ""}, {"0345", "1.234", "n.v.t."}});
  TypeColumns(t, DocumentDecimalMark({t}));
  REQUIRE(t.column_types.size() == 3);
  CHECK(t.column_types[0].kind == ColumnKind::kString);
  CHECK(t.column_types[1].kind == ColumnKind::kNumber);
  CHECK(ParseCell("1.234", t.column_types[1])->number == 1234);
  CHECK(t.column_types[2].kind == ColumnKind::kString);
}
