#include <catch2/catch.hpp>
#include <chrono>

#include "normalizer/normalizer.h"
#include "table_builder.h"

using namespace tablift;

TEST_CASE("NormalizeTable is linear in the cells", "[normalizer][performance]") {
  // 60 000 rows x 4 columns. A per-slot scan of the cell list (quadratic) would take minutes;
  // a linear pass takes well under a second even in a debug build on a busy machine.
  constexpr int kRows = 60000;
  constexpr int kCols = 4;
  constexpr double kLimitSeconds = 10.0;
  Table t;
  t.rows = kRows;
  t.cols = kCols;
  for (int r = 0; r < kRows; ++r) {
    for (int k = 0; k < kCols; ++k) {
      t.cells.push_back(tablift::testing::TextCell(r, k, std::to_string(r)));
    }
  }
  const auto start = std::chrono::steady_clock::now();
  const RecordTable rt = NormalizeTable(t);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  CHECK(rt.records.size() == kRows - 1);
  CHECK(took.count() < kLimitSeconds);
}
