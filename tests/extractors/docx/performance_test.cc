// DOCX extraction cost grows linearly with the table (issue 2: no quadratic behaviour).
#include <catch2/catch.hpp>
#include <chrono>

#include "docx_builder.h"

namespace tablift::testing {
namespace {

// A table of `rows` rows x 4 columns, with a vertical merge running down the first column and
// a header row, the shapes that could make a naive grid builder quadratic.
std::string BigTable(int rows) {
  std::string body = Tr(Tc("h1") + Tc("h2") + Tc("h3") + Tc("h4"), "<w:tblHeader/>");
  body.reserve(static_cast<std::size_t>(rows) * 400);
  for (int r = 0; r < rows; ++r) {
    const std::string merge = r == 0 ? R"(<w:vMerge w:val="restart"/>)" : "<w:vMerge/>";
    body += Tr(Tc(r == 0 ? "merged" : "", merge) + Tc("row " + std::to_string(r)) +
               Tc("text text text") + Tc("more"));
  }
  return MakeDocx(Tbl(body, 4));
}

double Seconds(const std::string& bytes) {
  const auto start = std::chrono::steady_clock::now();
  const Document doc = Extract(bytes);
  const auto end = std::chrono::steady_clock::now();
  REQUIRE(doc.tables.size() == 1);
  CHECK(ValidateTable(doc.tables[0]).empty());
  return std::chrono::duration<double>(end - start).count();
}

}  // namespace

TEST_CASE("Four times the rows take about four times as long to extract", "[docx][perf]") {
  constexpr int kRows = 20000;
  const std::string small = BigTable(kRows);
  const std::string large = BigTable(4 * kRows);
  Seconds(small);  // warm up allocators and caches
  const double t_small = Seconds(small);
  const double t_large = Seconds(large);
  INFO("small " << t_small << " s, large " << t_large << " s");
  // 4x the rows; linear is ~4x, quadratic would be ~16x. Leave room for timing noise.
  CHECK(t_large < 10 * t_small + 0.05);
}

TEST_CASE("A merged cell spanning 80000 rows is one cell", "[docx][perf]") {
  const Document doc = Extract(BigTable(80000));
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.rows == 80001);
  CHECK(CellAt(t, 80000, 0)->span == Span{80000, 1});
}

}  // namespace tablift::testing
