// The Poppler adapter: words and ruling segments of known pages. Expected values come from the
// fixture's hand-written content stream (tests/data/pdf/make_fixtures.py), Helvetica's AFM
// widths, and for the sample from `pdftotext -bbox-layout` and its decompressed content stream.
#include <algorithm>
#include <catch2/catch.hpp>

#include "core/error.h"
#include "extractors/pdf/poppler_reader.h"
#include "reader_test_files.h"

namespace tablift::pdf {
namespace {

using Catch::Matchers::WithinAbs;
using testing::Fixture;
using testing::Sample;

std::vector<Page> Read(const Source& src, const std::vector<int>& pages) {
  Diagnostics diagnostics;
  auto doc = PdfDocument::Open(src.bytes, "", diagnostics);
  return doc->ReadPages(pages, nullptr, diagnostics);
}

const Word* FindWord(const Page& page, const std::string& text) {
  for (const Word& w : page.words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

bool HasSegment(const Page& page, double x0, double y0, double x1, double y1) {
  constexpr double kTol = 0.01;
  return std::any_of(page.segments.begin(), page.segments.end(), [&](const Segment& s) {
    return std::abs(s.x0 - x0) < kTol && std::abs(s.y0 - y0) < kTol && std::abs(s.x1 - x1) < kTol &&
           std::abs(s.y1 - y1) < kTol;
  });
}

TEST_CASE("Words carry text, page-space boxes, fonts, boldness and lines", "[pdf][reader]") {
  const Source src = Fixture("basic.pdf");
  const std::vector<Page> pages = Read(src, {1});
  REQUIRE(pages.size() == 1);
  const Page& page = pages[0];
  CHECK(page.number == 1);
  CHECK_THAT(page.width, WithinAbs(200, 1e-6));
  CHECK_THAT(page.height, WithinAbs(100, 1e-6));
  REQUIRE(page.words.size() == 3);
  const Word* hello = FindWord(page, "Hello");
  REQUIRE(hello);
  // "20 70 Td" on a 100pt page: x = 20, baseline at y = 100 - 70 = 30 (y down).
  CHECK_THAT(hello->box.x0, WithinAbs(20, 1e-3));
  // Helvetica widths H e l l o = 722+556+222+222+556 = 2278/1000 em at 10pt.
  CHECK_THAT(hello->box.x1, WithinAbs(42.78, 1e-3));
  CHECK(hello->box.y0 < 30);
  CHECK(hello->box.y1 > 28);
  CHECK(hello->font_size == 10);
  CHECK_FALSE(hello->bold);
  CHECK(hello->font_name == "Helvetica");
  CHECK(hello->space_after);
  const Word* world = FindWord(page, "world");
  const Word* bold = FindWord(page, "Bold");
  REQUIRE(world);
  REQUIRE(bold);
  CHECK(world->line_id == hello->line_id);
  CHECK(bold->line_id != hello->line_id);
  CHECK(bold->bold);
  CHECK(bold->font_size == 12);
}

TEST_CASE("Segments: strokes with the CTM applied, rectangles, thin fills, clipping",
          "[pdf][reader]") {
  const std::vector<Page> pages = Read(Fixture("basic.pdf"), {1});
  const Page& page = pages[0];
  // "10 50 m 190 50 l S"
  CHECK(HasSegment(page, 10, 50, 190, 50));
  // "2 0 0 1 0 0 cm 10 10 m 10 40 l S": x doubled, y flipped.
  CHECK(HasSegment(page, 20, 60, 20, 90));
  // "120 10 40 20 re S": four borders.
  CHECK(HasSegment(page, 120, 90, 160, 90));
  CHECK(HasSegment(page, 120, 70, 160, 70));
  CHECK(HasSegment(page, 120, 70, 120, 90));
  CHECK(HasSegment(page, 160, 70, 160, 90));
  // "10 30 100 1 re f": a 1pt-thin fill becomes its centre line.
  CHECK(HasSegment(page, 10, 69.5, 110, 69.5));
  // Not rules: the line clipped away, the white stroke, the 6pt-thick fill.
  CHECK(page.segments.size() == 7);
  for (const Segment& s : page.segments) {
    CHECK((s.horizontal() ? s.x0 < s.x1 : (s.x0 == s.x1 && s.y0 < s.y1)));
  }
}

TEST_CASE("A blank page has no words and no segments", "[pdf][reader]") {
  const std::vector<Page> pages = Read(Fixture("basic.pdf"), {2});
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].number == 2);
  CHECK(pages[0].words.empty());
  CHECK(pages[0].segments.empty());
}

TEST_CASE("The sample's first page reads as pdftotext -bbox-layout sees it", "[pdf][reader]") {
  const std::vector<Page> pages = Read(Sample("cedaw-report.pdf"), {1});
  const Page& page = pages[0];
  // pdftotext -f 1 -l 1 -bbox-layout: 523 <word> elements.
  CHECK(page.words.size() == 523);
  const Word* w = FindWord(page, "Verantwoordel");
  REQUIRE(w);
  CHECK_THAT(w->box.x0, WithinAbs(246.0, 1e-3));
  CHECK_THAT(w->box.y0, WithinAbs(109.050764, 1e-3));
  CHECK_THAT(w->box.x1, WithinAbs(308.451, 1e-3));
  CHECK_THAT(w->box.y1, WithinAbs(120.750764, 1e-3));
  CHECK(w->bold);
  // Content stream: "240.5 732.789 m 240.5 694.589 l S" on an 841.89pt page, and the column
  // border resuming under the section row: "240.5 680.689 m 240.5 81.589 l S".
  const double h = page.height;
  CHECK(HasSegment(page, 240.5, h - 732.789, 240.5, h - 694.589));
  CHECK(HasSegment(page, 240.5, h - 680.689, 240.5, h - 81.589));
  // "84.85 694.839 m 594.55 694.839 l S"
  CHECK(HasSegment(page, 84.85, h - 694.839, 594.55, h - 694.839));
}

TEST_CASE("Opening reports unreadable and encrypted PDFs with their exit codes", "[pdf][reader]") {
  Diagnostics d;
  for (const char* name : {"truncated.pdf", "random-after-header.pdf", "text-file.pdf"}) {
    const Source src = Fixture(name);
    INFO(name);
    try {
      PdfDocument::Open(src.bytes, "", d);
      FAIL("opened");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::kBadInput);
      CHECK(std::string(e.what()).rfind("not a readable PDF (", 0) == 0);
    }
  }
  const Source locked = Fixture("encrypted-user.pdf");
  try {
    PdfDocument::Open(locked.bytes, "", d);
    FAIL("opened without a password");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kPassword);
    CHECK(std::string(e.what()).find("user password is needed") != std::string::npos);
  }
  try {
    PdfDocument::Open(locked.bytes, "wrong", d);
    FAIL("opened with a wrong password");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kPassword);
    CHECK(std::string(e.what()).find("wrong password") != std::string::npos);
  }
  Diagnostics ok;
  auto doc = PdfDocument::Open(locked.bytes, "secret", ok);
  CHECK(doc->ReadPages({1}, nullptr, ok)[0].words.size() == 3);
}

TEST_CASE("Owner-password-only PDFs open; damaged xref tables are rebuilt with a warning",
          "[pdf][reader]") {
  Diagnostics d;
  const Source owner = Fixture("owner-only.pdf");
  auto doc = PdfDocument::Open(owner.bytes, "", d);
  CHECK(doc->ReadPages({1}, nullptr, d)[0].words.size() == 3);
  CHECK(std::none_of(d.begin(), d.end(),
                     [](const Diagnostic& x) { return x.code == "pdf.xref-reconstructed"; }));
  Diagnostics damaged;
  const Source broken = Fixture("damaged-xref.pdf");
  auto repaired = PdfDocument::Open(broken.bytes, "", damaged);
  CHECK(repaired->ReadPages({1}, nullptr, damaged)[0].words.size() == 3);
  CHECK(std::any_of(damaged.begin(), damaged.end(),
                    [](const Diagnostic& x) { return x.code == "pdf.xref-reconstructed"; }));
}

}  // namespace
}  // namespace tablift::pdf
