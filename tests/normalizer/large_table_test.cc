// NormalizeTable on 60 000 rows: every row but the header becomes a record. A per-slot scan of
// the cell list (quadratic) would take minutes here and hit the test's timeout; how the time
// grows with the rows is measured by bench/scaling.cc against a run on a quarter of the rows (a
// time bound here flaked on a shared machine).
#include <catch2/catch.hpp>

#include "normalizer/normalizer.h"
#include "table_builder.h"

using namespace tablift;

TEST_CASE("NormalizeTable keeps every row of a 60000-row table", "[normalizer][large]") {
  constexpr int kRows = 60000;
  constexpr int kCols = 4;
  const RecordTable rt = NormalizeTable(tablift::testing::NumberedTable(kRows, kCols));
  REQUIRE(rt.records.size() == kRows - 1);
  CHECK(rt.columns.size() == kCols);
  CHECK(rt.records.back().values == std::vector<std::string>(kCols, std::to_string(kRows - 1)));
}
