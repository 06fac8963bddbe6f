// The DOCX sample report: structure the extractor must find (issue 2).
#include <catch2/catch.hpp>

#include "core/source.h"
#include "extractors/docx/docx_extractor.h"

namespace tablift {
namespace {

Document ExtractSample() {
  const Source src = ReadSource(TABLIFT_SAMPLES_DIR "/cedaw-report.docx");
  return DocxExtractor().Extract(src, ExtractOptions{});
}

int SectionRows(const Table& t) {
  int n = 0;
  for (const Cell& c : t.cells) n += c.span.cols == t.cols ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("The sample report has one 3-column table with a header row and 81 data rows",
          "[docx][sample]") {
  const Document doc = ExtractSample();
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.cols == 3);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(t.caption.rfind("Tabel 1.", 0) == 0);
  const int sections = SectionRows(t);
  CHECK(sections > 0);
  CHECK(t.rows - 1 - sections == 81);
  CHECK(t.method == "docx");
  CHECK(t.locator == "word/document.xml tbl 1");
  CHECK(t.cells[0].header);
  CHECK(PlainText(t.cells[0]) == "Aanbeveling (nr. + tekst)");
}

TEST_CASE("The sample report has multi-paragraph cells, bullets and nested bullets",
          "[docx][sample]") {
  const Document doc = ExtractSample();
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  int three_paragraph_cells = 0, bullets = 0, nested = 0, typed = 0;
  for (const Cell& c : t.cells) {
    if (c.pos.col == 1 && c.paragraphs.size() == 3) ++three_paragraph_cells;
    for (const Paragraph& p : c.paragraphs) {
      if (p.list.kind != ListKind::kBullet) continue;
      CHECK(p.list.marker == "\u2022");
      ++bullets;
      if (p.list.level == 1) ++nested;
      if (p.text.rfind("In verschillende", 0) == 0) ++typed;
    }
    for (const Paragraph& p : c.paragraphs) {
      // Typed bullets ("• text") outside lists become list items, not text with a glyph. (In a
      // list paragraph the typed glyph is text: Word shows both the list's and the typed one.)
      if (p.list.kind == ListKind::kNone) CHECK(p.text.rfind("\u2022 ", 0) == std::string::npos);
    }
  }
  CHECK(three_paragraph_cells > 0);
  CHECK(bullets > 0);
  CHECK(nested > 0);
  CHECK(typed == 1);
}

}  // namespace tablift
