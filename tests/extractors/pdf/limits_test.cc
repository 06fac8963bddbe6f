// Limits on PDF tables: ApplyTableLimits (what the lattice tables pass through) and
// Limits::max_seconds while pages are read.
#include <algorithm>
#include <catch2/catch.hpp>

#include "core/error.h"
#include "extractors/pdf/pdf_extractor.h"
#include "extractors/pdf/table_limits.h"
#include "reader_test_files.h"

using namespace tablift;

namespace {

// A rows x cols table, one cell per slot with text "rNcM"; the last column's cells span 2 rows
// on even rows (so a row cut shortens a span).
Table Grid(int rows, int cols) {
  Table t;
  t.index = 1;
  t.rows = rows;
  t.cols = cols;
  t.method = "pdf.lattice";
  t.header_rows = {0, rows - 1};
  t.row_pages.assign(static_cast<std::size_t>(rows), 1);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      if (c == cols - 1 && r % 2 == 1) continue;  // covered by the span above
      Cell cell;
      cell.pos = {r, c};
      if (c == cols - 1) cell.span.rows = std::min(2, rows - r);
      cell.paragraphs.push_back({"r" + std::to_string(r) + "c" + std::to_string(c), {}});
      t.cells.push_back(std::move(cell));
    }
  }
  return t;
}

bool Has(const Table& t, const std::string& code) {
  return std::any_of(t.diagnostics.begin(), t.diagnostics.end(),
                     [&](const Diagnostic& d) { return d.code == code; });
}

}  // namespace

TEST_CASE("A table within the limits is unchanged", "[pdf][limits]") {
  Table t = Grid(4, 3);
  const std::size_t cells = t.cells.size();
  pdf::ApplyTableLimits(t, Limits{});
  CHECK(t.rows == 4);
  CHECK(t.cols == 3);
  CHECK(t.cells.size() == cells);
  CHECK(t.diagnostics.empty());
}

TEST_CASE("Rows and columns past the limits are dropped, spans shortened", "[pdf][limits]") {
  Table t = Grid(4, 3);
  Limits limits;
  limits.max_grid_rows = 3;
  limits.max_grid_cols = 2;
  pdf::ApplyTableLimits(t, limits);
  CHECK(t.rows == 3);
  CHECK(t.cols == 2);
  CHECK(ValidateTable(t).empty());
  CHECK(t.cells.size() == 6);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(t.row_pages.size() == 3);
  CHECK(Has(t, "pdf.too-many-rows"));
  CHECK(Has(t, "pdf.too-many-columns"));

  Table spans = Grid(4, 3);
  limits = Limits{};
  limits.max_grid_rows = 3;  // the last column's cell at row 2 spans rows 2-3
  pdf::ApplyTableLimits(spans, limits);
  CHECK(ValidateTable(spans).empty());
  CHECK(CellAt(spans, 2, 2)->span.rows == 1);
}

TEST_CASE("Cells past the per-table limit are dropped in row order", "[pdf][limits]") {
  Table t = Grid(3, 2);
  Limits limits;
  limits.max_cells_per_table = 3;
  pdf::ApplyTableLimits(t, limits);
  REQUIRE(t.cells.size() == 3);
  CHECK(PlainText(t.cells.back()) == "r1c0");
  CHECK(Has(t, "pdf.too-many-cells"));
}

TEST_CASE("Cell text is cut at the limit without splitting a character", "[pdf][limits]") {
  Table t = Grid(1, 1);
  t.cells[0].paragraphs = {{"ab", {}}, {"c\xC3\xA9z", {}}};  // "cez" with e-acute: 4 bytes
  Limits limits;
  limits.max_cell_text_bytes = 4;  // "ab" + "c" + half of the e-acute
  pdf::ApplyTableLimits(t, limits);
  CHECK(t.cells[0].paragraphs[0].text == "ab");
  CHECK(t.cells[0].paragraphs[1].text == "c");
  CHECK(Has(t, "pdf.cell-text-cut"));
}

TEST_CASE("Reading pages past the time limit is refused as bad input", "[pdf][limits][time]") {
  ExtractOptions options;
  options.limits.max_seconds = 1e-9;
  try {
    PdfExtractor().Extract(pdf::testing::Fixture("basic.pdf"), options);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadInput);
    CHECK_THAT(e.what(), Catch::Contains("longer than the limit"));
  }
}
