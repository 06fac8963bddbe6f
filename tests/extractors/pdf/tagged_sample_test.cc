// The tagged sample PDF against the ground truth text samples/cedaw-table.txt (TAB starts a
// cell, other lines continue it, a blank line ends a row; one-cell rows are sections).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "extractors/pdf/pdf_extractor.h"
#include "reader_test_files.h"

namespace tablift {
namespace {

using Row = std::vector<std::string>;

std::vector<Row> GroundTruthRows() {
  std::ifstream in(std::string(TABLIFT_SAMPLES_DIR) + "/cedaw-table.txt");
  std::vector<Row> rows;
  Row row;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!row.empty()) rows.push_back(row);
      row.clear();
    } else if (line[0] == '\t') {
      row.push_back(line.substr(1));
    } else if (!row.empty()) {
      row.back() += "\n" + line;
    }
  }
  if (!row.empty()) rows.push_back(row);
  return rows;
}

std::string Strip(std::string s) {
  // The ground truth writes list items as "• text"; the model keeps markers apart. Trailing
  // spaces (and no-break spaces) of its lines are not text.
  const std::string bullet = "\xE2\x80\xA2 ";
  std::string out;
  std::istringstream lines(s);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(bullet, 0) == 0) line = line.substr(bullet.size());
    for (bool more = true; more;) {
      more = false;
      for (const std::string space : {" ", "\xC2\xA0"}) {  // space, no-break space
        if (line.size() >= space.size() && line.ends_with(space)) {
          line.resize(line.size() - space.size());
          more = true;
        }
      }
    }
    out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

TEST_CASE("The tagged sample's table: rows, sections, header, spans, text and bullets",
          "[pdf][tagged][sample]") {
  const std::vector<Row> truth = GroundTruthRows();
  int truth_sections = 0, truth_multi = 0;
  for (const Row& r : truth) (r.size() == 1 ? truth_sections : truth_multi)++;
  REQUIRE(truth_multi > 1);

  const Document doc = PdfExtractor().Extract(pdf::testing::Sample("cedaw-report-tagged.pdf"), {});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.method == "pdf.tagged");
  CHECK(t.cols == 3);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(t.caption.rfind("Tabel 1.", 0) == 0);
  int sections = 0, data = 0;
  for (int r = 1; r < t.rows; ++r) {
    const Cell* first = CellAt(t, r, 0);
    REQUIRE(first);
    if (first->span.cols == 3) {
      ++sections;
    } else {
      ++data;
    }
  }
  CHECK(sections == truth_sections);
  CHECK(data == truth_multi - 1);  // the ground truth's header row is not data
  CHECK(t.regions.size() == static_cast<std::size_t>(doc.source.pages));

  // Recommendation 9a: the first data row of the ground truth and of the table.
  const Row* truth_9a = nullptr;
  for (const Row& r : truth) {
    if (r.size() == 3 && r[0].rfind("9a.", 0) == 0) truth_9a = &r;
  }
  REQUIRE(truth_9a);
  int row_9a = -1;
  for (int r = 0; r < t.rows && row_9a < 0; ++r) {
    const Cell* c = CellAt(t, r, 0);
    if (c && PlainText(*c).rfind("9a.", 0) == 0) row_9a = r;
  }
  REQUIRE(row_9a > 0);
  for (int col = 0; col < 3; ++col) {
    INFO("column " << col);
    CHECK(PlainText(*CellAt(t, row_9a, col)) == Strip((*truth_9a)[static_cast<size_t>(col)]));
  }
  const Cell& state = *CellAt(t, row_9a, 2);
  REQUIRE_FALSE(state.paragraphs.empty());
  for (const Paragraph& p : state.paragraphs) {
    CHECK(p.list.kind == ListKind::kBullet);
    CHECK(p.list.marker == "\xE2\x80\xA2");
  }
}

TEST_CASE("A page selection keeps that page's rows, the column titles and the caption",
          "[pdf][tagged][sample]") {
  const Document all = PdfExtractor().Extract(pdf::testing::Sample("cedaw-report-tagged.pdf"), {});
  ExtractOptions options;
  options.pages = {5};
  const Document doc =
      PdfExtractor().Extract(pdf::testing::Sample("cedaw-report-tagged.pdf"), options);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  const Table& full = all.tables.at(0);
  CHECK(t.caption == full.caption);
  CHECK(t.header_rows == std::vector<int>{0});
  for (int col = 0; col < 3; ++col) {
    CHECK(PlainText(*CellAt(t, 0, col)) == PlainText(*CellAt(full, 0, col)));
  }
  REQUIRE(t.rows > 1);
  CHECK(t.rows < full.rows);
  for (int r = 1; r < t.rows; ++r) {
    bool on_page_5 = false;
    for (const Cell& c : t.cells) {
      if (c.pos.row != r) continue;
      for (const PageRegion& region : c.regions) on_page_5 = on_page_5 || region.page == 5;
    }
    CHECK(on_page_5);
  }
}

}  // namespace
}  // namespace tablift
