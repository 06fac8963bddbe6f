// Issue 3: the lattice builder behind the real Poppler adapter on a PDF unlike the sample's
// producer: borders drawn as thin filled rectangles in pieces with gaps, WinAnsi bullets (0x95),
// a merged section row, a bold header repeated on page 2 and a row split by the page break.
// The PDF is written in memory here, so the test needs no file.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extractors/pdf/lattice.h"
#include "extractors/pdf/poppler_reader.h"

namespace tablift::pdf {
namespace {

constexpr double kPageHeight = 842;
const std::vector<double> kXs = {72, 160, 300, 520};

std::string Num(double v) { return std::to_string(v); }

// Content-stream snippets in top-left coordinates (flipped here to PDF's bottom-left).
std::string Text(double x, double top, const std::string& s, bool bold = false) {
  return "BT /" + std::string(bold ? "F2" : "F1") + " 10 Tf " + Num(x) + " " +
         Num(kPageHeight - top - 11) + " Td (" + s + ") Tj ET\n";
}
std::string Rect(double x, double top, double w, double h) {
  return Num(x) + " " + Num(kPageHeight - top - h) + " " + Num(w) + " " + Num(h) + " re f\n";
}

// A grid of 0.5 pt filled rectangles; inner verticals are drawn per row with 0.3 pt gaps and are
// left out of `section_row`.
std::string Grid(const std::vector<double>& ys, int section_row = -1) {
  std::string s;
  for (double y : ys) s += Rect(kXs.front() - 0.25, y - 0.25, kXs.back() - kXs.front() + 0.5, 0.5);
  for (std::size_t i = 0; i < kXs.size(); ++i) {
    const bool outer = i == 0 || i + 1 == kXs.size();
    for (std::size_t r = 0; r + 1 < ys.size(); ++r) {
      if (!outer && static_cast<int>(r) == section_row) continue;
      s += Rect(kXs[i] - 0.25, ys[r] + (outer ? 0 : 0.3), 0.5,
                ys[r + 1] - ys[r] - (outer ? 0 : 0.6));
    }
  }
  return s;
}

std::string Lines(int col, double top, const std::vector<std::string>& lines, bool bold = false) {
  std::string s;
  for (std::size_t i = 0; i < lines.size(); ++i)
    s += Text(kXs[static_cast<std::size_t>(col)] + 4, top + 2 + 12 * static_cast<double>(i),
              lines[i], bold);
  return s;
}

std::string Header(double top) {
  return Lines(0, top, {"Region"}, true) + Lines(1, top, {"Owner"}, true) +
         Lines(2, top, {"Status"}, true);
}

std::string PageOne() {
  return Text(72, 50, "Table 2: Results by region", true) + Grid({80, 100, 116, 160, 230}, 1) +
         Header(80) + Lines(0, 100, {"Northern provinces"}, true) +
         Lines(0, 116, {"1. North", "coast"}) + Lines(1, 116, {"Ministry of", "Finance"}) +
         Lines(2, 116, {"Work started in 2021 and is", "on schedule."}) +
         Lines(0, 160, {"2. South"}) + Lines(1, 160, {"Regional", "office"}) +
         Lines(2, 160,
               {"\x95 First item of a list that", "wraps onto the next", "line and continues"});
}

std::string PageTwo() {
  return Grid({80, 100, 150, 180}) + Header(80) +
         Lines(2, 100, {"on the next page.", "\x95 Second item."}) + Lines(0, 150, {"3. East"}) +
         Lines(1, 150, {"Ministry"}) + Lines(2, 150, {"Done."});
}

std::string MakePdf(const std::vector<std::string>& contents) {
  std::vector<std::string> objs = {"<< /Type /Catalog /Pages 2 0 R >>", ""};
  std::string kids;
  const std::size_t first_page = 3, fonts = first_page + 2 * contents.size();
  for (std::size_t i = 0; i < contents.size(); ++i) {
    kids += std::to_string(first_page + i) + " 0 R ";
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " +
                   std::to_string(first_page + contents.size() + i) +
                   " 0 R /Resources << /Font << /F1 " + std::to_string(fonts) + " 0 R /F2 " +
                   std::to_string(fonts + 1) + " 0 R >> >> >>");
  }
  objs[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>";
  for (const std::string& c : contents)
    objs.push_back("<< /Length " + std::to_string(c.size()) + " >>\nstream\n" + c + "endstream");
  for (const char* font : {"Helvetica", "Helvetica-Bold"})
    objs.push_back(std::string("<< /Type /Font /Subtype /Type1 /BaseFont /") + font +
                   " /Encoding /WinAnsiEncoding >>");
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    const std::string n = std::to_string(off);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string Text(const Table& t, int row, int col) {
  const Cell* c = CellAt(t, row, col);
  return c ? PlainText(*c) : "<none>";
}

TEST_CASE("a two-page table with rectangle borders is read, stitched and split rows rejoined",
          "[pdf][lattice]") {
  const std::string bytes = MakePdf({PageOne(), PageTwo()});
  Diagnostics diags;
  auto doc = PdfDocument::Open(bytes, "", diags);
  const std::vector<Page> pages = doc->ReadPages({1, 2}, nullptr, diags);
  const std::vector<Table> tables = BuildLatticeTables(pages, diags);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.caption == "Table 2: Results by region");
  CHECK(t.rows == 5);
  CHECK(t.cols == 3);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(CellAt(t, 1, 0)->span == Span{1, 3});
  CHECK(Text(t, 2, 0) == "1. North coast");
  CHECK(Text(t, 2, 1) == "Ministry of Finance");
  CHECK(Text(t, 3, 1) == "Regional office");
  const Cell* split = CellAt(t, 3, 2);
  REQUIRE(split->paragraphs.size() == 2);
  CHECK(split->paragraphs[0].text ==
        "First item of a list that wraps onto the next line and continues on the next page.");
  CHECK(split->paragraphs[0].list.kind == ListKind::kBullet);
  CHECK(split->paragraphs[1].text == "Second item.");
  CHECK(split->regions.size() == 2);
  CHECK(Text(t, 4, 0) == "3. East");
  CHECK(t.row_pages == std::vector<int>{1, 1, 1, 1, 2});
}

}  // namespace
}  // namespace tablift::pdf
