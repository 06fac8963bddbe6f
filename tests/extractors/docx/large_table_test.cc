// DOCX tables of tens of thousands of rows (issue 2): the grid stays right at that size. How the
// extraction time grows with the rows (linear, not quadratic) is measured by bench/scaling.cc
// against a run on a quarter of the rows: a time bound here flaked on a shared machine.
#include <catch2/catch.hpp>

#include "docx_builder.h"

namespace tablift::testing {

TEST_CASE("A merged cell spanning 80000 rows is one cell", "[docx][large]") {
  const Document doc = Extract(LongMergeDocx(80000));
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.rows == 80001);
  CHECK(t.cols == 4);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(CellAt(t, 80000, 0)->span == Span{80000, 1});
  CHECK(PlainText(*CellAt(t, 80000, 0)) == "merged");
  CHECK(PlainText(*CellAt(t, 80000, 1)) == "row 79999");
}

}  // namespace tablift::testing
