// PdfExtractor end to end on the small fixtures: error codes, page selection, pages without
// text, the tagged path and the switch to geometry.
#include <algorithm>
#include <catch2/catch.hpp>
#include <thread>

#include "core/error.h"
#include "extractors/pdf/pdf_extractor.h"
#include "reader_test_files.h"

namespace tablift {
namespace {

using pdf::testing::Fixture;

ExitCode CodeOf(const Source& src, const ExtractOptions& options = {}) {
  try {
    PdfExtractor().Extract(src, options);
  } catch (const Error& e) {
    return e.code();
  }
  return ExitCode::kOk;
}

bool HasDiagnostic(const Diagnostics& ds, const std::string& code, const std::string& where = "") {
  return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) {
    return d.code == code && (where.empty() || d.where == where);
  });
}

TEST_CASE("Bad PDFs are errors with their exit codes", "[pdf][extractor]") {
  CHECK(CodeOf(Fixture("truncated.pdf")) == ExitCode::kBadInput);
  CHECK(CodeOf(Fixture("random-after-header.pdf")) == ExitCode::kBadInput);
  CHECK(CodeOf(Fixture("text-file.pdf")) == ExitCode::kBadInput);
  CHECK(CodeOf(Fixture("no-pages.pdf")) == ExitCode::kBadInput);
  CHECK(CodeOf(Fixture("encrypted-user.pdf")) == ExitCode::kPassword);
  ExtractOptions wrong;
  wrong.password = "not-it";
  CHECK(CodeOf(Fixture("encrypted-user.pdf"), wrong) == ExitCode::kPassword);
  ExtractOptions right;
  right.password = "secret";
  CHECK(CodeOf(Fixture("encrypted-user.pdf"), right) == ExitCode::kOk);
  CHECK(CodeOf(Fixture("owner-only.pdf")) == ExitCode::kOk);
}

TEST_CASE("A PDF without any text layer needs OCR", "[pdf][extractor]") {
  try {
    PdfExtractor().Extract(Fixture("image-only.pdf"), {});
    FAIL("converted");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kNoText);
    CHECK(std::string(e.what()) == "no text layer; scanned PDFs need OCR");
  }
}

TEST_CASE("Pages without text are named; the page count is recorded", "[pdf][extractor]") {
  const Document doc = PdfExtractor().Extract(Fixture("basic.pdf"), {});
  CHECK(doc.source.pages == 2);
  CHECK(HasDiagnostic(doc.diagnostics, "pdf.page-no-text", "page 2"));
  CHECK_FALSE(HasDiagnostic(doc.diagnostics, "pdf.page-no-text", "page 1"));
}

TEST_CASE("The page selection limits the pages read and is checked", "[pdf][extractor]") {
  ExtractOptions first;
  first.pages = {1};
  const Document doc = PdfExtractor().Extract(Fixture("basic.pdf"), first);
  CHECK_FALSE(HasDiagnostic(doc.diagnostics, "pdf.page-no-text"));
  ExtractOptions blank;
  blank.pages = {2};
  CHECK(CodeOf(Fixture("basic.pdf"), blank) == ExitCode::kNoText);
  ExtractOptions out_of_range;
  out_of_range.pages = {1, 3};
  CHECK(CodeOf(Fixture("basic.pdf"), out_of_range) == ExitCode::kBadInput);
  ExtractOptions too_many;
  too_many.limits.max_pages = 1;
  CHECK(CodeOf(Fixture("basic.pdf"), too_many) == ExitCode::kBadInput);
}

TEST_CASE("A rebuilt xref table converts with a warning", "[pdf][extractor]") {
  const Document doc = PdfExtractor().Extract(Fixture("damaged-xref.pdf"), {});
  CHECK(HasDiagnostic(doc.diagnostics, "pdf.xref-reconstructed"));
}

TEST_CASE("A tagged table comes from the structure tree", "[pdf][extractor][tagged]") {
  const Document doc = PdfExtractor().Extract(Fixture("tagged.pdf"), {});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.index == 1);
  CHECK(t.method == "pdf.tagged");
  CHECK(t.caption == "Table 7. Small tagged table");
  CHECK(t.rows == 3);
  CHECK(t.cols == 3);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(t.locator == "page 1");
  REQUIRE(CellAt(t, 0, 2));
  CHECK(PlainText(*CellAt(t, 0, 2)) == "What");
  CHECK(CellAt(t, 1, 0)->span == Span{2, 1});
  CHECK(PlainText(*CellAt(t, 1, 1)) == "VN-Comite");
  const Cell* span = CellAt(t, 2, 1);
  REQUIRE(span);
  CHECK(span->span == Span{1, 2});
  CHECK(PlainText(*span) == "spans two columns");
  REQUIRE(span->regions.size() == 1);
  CHECK(span->regions[0].page == 1);
  // "110 190 Td" on a 300pt page: the text starts at x = 110 with its baseline at y = 110.
  CHECK(span->regions[0].box.x0 == Approx(110));
  CHECK(span->regions[0].box.y1 == Approx(110));
  const auto& items = CellAt(t, 1, 2)->paragraphs;
  REQUIRE(items.size() == 2);
  CHECK(items[0].text == "first point");
  CHECK(items[0].list.kind == ListKind::kBullet);
  CHECK(items[1].text == "second point");
  CHECK(items[1].list.kind == ListKind::kNumbered);
  CHECK(items[1].list.marker == "1.");
  CHECK(t.row_pages == std::vector<int>{1, 1, 1});
}

TEST_CASE("Text drawn by a form inside a page sequence belongs to that sequence",
          "[pdf][extractor][tagged]") {
  const Document doc = PdfExtractor().Extract(Fixture("tagged-form.pdf"), {});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  REQUIRE(t.cols == 2);
  CHECK(PlainText(*CellAt(t, 0, 0)) == "form text");
  CHECK(PlainText(*CellAt(t, 0, 1)) == "page text");
}

TEST_CASE("Without the structure tree the tables come from the geometry", "[pdf][extractor]") {
  ExtractOptions geometry;
  geometry.use_structure_tree = false;
  const Document doc = PdfExtractor().Extract(Fixture("tagged.pdf"), geometry);
  for (const Table& t : doc.tables) CHECK(t.method != "pdf.tagged");
}

TEST_CASE("Documents convert from several threads at once", "[pdf][extractor]") {
  const Source tagged = Fixture("tagged.pdf");
  const Source damaged = Fixture("damaged-xref.pdf");
  const Document expected = PdfExtractor().Extract(tagged, {});
  constexpr int kThreads = 4;
  std::vector<Document> tagged_docs(kThreads), damaged_docs(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      tagged_docs[i] = PdfExtractor().Extract(tagged, {});
      damaged_docs[i] = PdfExtractor().Extract(damaged, {});
    });
  }
  for (std::thread& t : threads) t.join();
  for (int i = 0; i < kThreads; ++i) {
    REQUIRE(tagged_docs[i].tables.size() == 1);
    CHECK(PlainText(tagged_docs[i].tables[0].cells.at(4)) ==
          PlainText(expected.tables[0].cells.at(4)));
    // Poppler's messages land in the document that caused them.
    CHECK(HasDiagnostic(damaged_docs[i].diagnostics, "pdf.xref-reconstructed"));
    CHECK_FALSE(HasDiagnostic(tagged_docs[i].diagnostics, "pdf.poppler"));
  }
}

}  // namespace
}  // namespace tablift
