// Issue 3, "Tables from ruling lines": lines of a cell become paragraphs with list information.
#include <catch2/catch.hpp>

#include "extractors/pdf/paragraphs.h"
#include "pdf/lattice_test_pages.h"

namespace tablift::pdf {
namespace {

using testing::PageBuilder;

constexpr double kPitch = 11.9;  // a 10 pt font's line pitch

CellPart PartOf(const Page& page, BBox box) {
  std::vector<const Word*> words;
  for (const Word& w : page.words) words.push_back(&w);
  return {box, GroupLines(std::move(words))};
}

std::vector<Paragraph> Paragraphs(const PageBuilder& b, BBox box) {
  return BuildParagraphs({PartOf(b.page(), box)}, kPitch);
}

TEST_CASE("lines join with spaces, hyphens join without and stay", "[pdf][lattice]") {
  PageBuilder b(1);
  b.Text(105, 100, "klachten worden bij het VN-");
  b.Text(105, 100 + kPitch, "Vrouwenrechtencomité ingediend, met toezicht-");
  b.Text(105, 100 + 2 * kPitch, "en handhaving en een pre-");
  b.Text(105, 100 + 3 * kPitch, "and post-war period.");
  const auto p = Paragraphs(b, {100, 95, 400, 160});
  REQUIRE(p.size() == 1);
  CHECK(p[0].text ==
        "klachten worden bij het VN-Vrouwenrechtencomité ingediend, met toezicht- en handhaving "
        "en een pre- and post-war period.");
  CHECK(p[0].list.kind == ListKind::kNone);
}

TEST_CASE("a one-word line filling the cell's width joins the next without a space",
          "[pdf][lattice]") {
  PageBuilder b(1);
  // Cell 240.5..314.2 with 5.5 pt padding: "OCW/BZK/Jen" (55 pt) reaches the right text edge.
  b.Text(246, 100, "KNL;");
  b.Text(246, 100 + kPitch, "OCW/BZK/Jen");
  b.Text(246, 100 + 2 * kPitch, "V");
  const auto p = Paragraphs(b, {240.5, 95, 314.2, 140});
  REQUIRE(p.size() == 1);
  CHECK(p[0].text == "KNL; OCW/BZK/JenV");
}

TEST_CASE("bullets start list items, nested by indentation, glyph removed", "[pdf][lattice]") {
  PageBuilder b(1);
  double y = 100;
  b.Text(105, y, "\uF0B7");  // Symbol's private-use bullet, as Poppler maps it
  b.Text(123, y, "Eerste punt dat");
  b.Text(123, y += kPitch, "doorloopt:");
  b.Text(123, y += kPitch, "\u2022");
  b.Text(141, y, "Genest punt.");
  b.Text(123, y += kPitch, "\u2022");
  b.Text(141, y, "Nog een genest punt.");
  b.Text(105, y += kPitch, "\u2022");
  b.Text(123, y, "Tweede punt.");
  const auto p = Paragraphs(b, {100, 95, 400, y + 20});
  REQUIRE(p.size() == 4);
  CHECK(p[0].text == "Eerste punt dat doorloopt:");
  CHECK(p[0].list.kind == ListKind::kBullet);
  CHECK(p[0].list.marker == "\u2022");
  CHECK(p[0].list.level == 0);
  CHECK(p[1].text == "Genest punt.");
  CHECK(p[1].list.level == 1);
  CHECK(p[2].list.level == 1);
  CHECK(p[3].text == "Tweede punt.");
  CHECK(p[3].list.level == 0);
}

TEST_CASE("a number at a line start is a list marker only with a hanging layout",
          "[pdf][lattice]") {
  PageBuilder key(1);
  key.Text(105, 100, "3. De uitvoering van het");
  key.Text(105, 100 + kPitch, "Verdrag te waarborgen");
  const auto k = Paragraphs(key, {100, 95, 300, 130});
  REQUIRE(k.size() == 1);
  CHECK(k[0].text == "3. De uitvoering van het Verdrag te waarborgen");
  CHECK(k[0].list.kind == ListKind::kNone);

  PageBuilder list(1);
  list.Text(105, 100, "1.");
  list.Text(120, 100, "Eerste stap die");
  list.Text(120, 100 + kPitch, "doorloopt.");
  list.Text(105, 100 + 2 * kPitch, "2.");
  list.Text(120, 100 + 2 * kPitch, "Tweede stap.");
  const auto l = Paragraphs(list, {100, 95, 300, 140});
  REQUIRE(l.size() == 2);
  CHECK(l[0].text == "Eerste stap die doorloopt.");
  CHECK(l[0].list.kind == ListKind::kNumbered);
  CHECK(l[0].list.marker == "1.");
  CHECK(l[1].list.marker == "2.");
}

TEST_CASE("a clearly larger line gap or a broken left edge starts a paragraph", "[pdf][lattice]") {
  PageBuilder b(1);
  double y = 100;
  b.Text(105, y, "Eerste alinea loopt");
  b.Text(105, y += kPitch, "door.");
  b.Text(105, y += kPitch + 2, "Tweede alinea na ruimte");  // 2 pt paragraph spacing
  b.Text(105, y += kPitch, "loopt ook door.");
  b.Text(125, y += kPitch, "Derde alinea, ingesprongen");  // first-line indent
  b.Text(105, y += kPitch, "zonder extra ruimte.");
  const auto p = Paragraphs(b, {100, 95, 400, y + 20});
  REQUIRE(p.size() == 3);
  CHECK(p[0].text == "Eerste alinea loopt door.");
  CHECK(p[1].text == "Tweede alinea na ruimte loopt ook door.");
  CHECK(p[2].text == "Derde alinea, ingesprongen zonder extra ruimte.");
}

TEST_CASE("a paragraph continues across a page break unless it ended", "[pdf][lattice]") {
  PageBuilder one(1), two(2);
  one.Text(105, 700, "Comité te versterken, zodat zij het");
  two.Text(105, 100, "Verdrag kunnen toepassen.");
  const auto joined = BuildParagraphs(
      {PartOf(one.page(), {100, 695, 400, 720}), PartOf(two.page(), {100, 95, 400, 120})}, kPitch);
  REQUIRE(joined.size() == 1);
  CHECK(joined[0].text == "Comité te versterken, zodat zij het Verdrag kunnen toepassen.");

  PageBuilder three(1), four(2);
  three.Text(105, 700, "Dat is gedaan.");  // a short line ending a sentence
  four.Text(105, 100, "Dit is nieuw.");
  const auto split = BuildParagraphs(
      {PartOf(three.page(), {100, 695, 400, 720}), PartOf(four.page(), {100, 95, 400, 120})},
      kPitch);
  CHECK(split.size() == 2);
}

TEST_CASE("a bullet alone on its line takes the text below it", "[pdf][lattice]") {
  PageBuilder b(1);
  b.Text(105, 100, "\u2022");
  b.Text(123, 100 + kPitch, "Tekst onder het");
  b.Text(123, 100 + 2 * kPitch, "opsommingsteken.");
  const auto p = Paragraphs(b, {100, 95, 400, 140});
  REQUIRE(p.size() == 1);
  CHECK(p[0].text == "Tekst onder het opsommingsteken.");
  CHECK(p[0].list.kind == ListKind::kBullet);
}

TEST_CASE("a soft hyphen at a line end joins the word without it", "[pdf][lattice]") {
  std::string text = "verant\u00AD";
  AppendLine(text, "woordelijk", false);
  CHECK(text == "verantwoordelijk");
}

TEST_CASE("sentence ends ignore closing quotes and brackets", "[pdf][lattice]") {
  CHECK(EndsSentence("Dat is gedaan."));
  CHECK(EndsSentence("(PAO Leiden.)"));
  CHECK(EndsSentence("aldus de “wet.”"));
  CHECK(EndsSentence("volgende:"));
  CHECK_FALSE(EndsSentence("zodat zij het"));
  CHECK_FALSE(EndsSentence("(CRPD)"));
}

}  // namespace
}  // namespace tablift::pdf
