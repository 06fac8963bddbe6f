// DOCX lists: numbering through numPr and the style chain, bullets, number formats and counters
// (issue 2).
#include <catch2/catch.hpp>
#include <vector>

#include "docx_builder.h"
#include "extractors/package/number_format.h"

namespace tablift::testing {
namespace {

// One abstractNum (id 1) with the given levels and num 1 pointing to it.
std::string Numbering(const std::string& levels, const std::string& num_extra = "") {
  return R"(<w:abstractNum w:abstractNumId="1">)" + levels +
         R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>)" + num_extra +
         "</w:num>";
}

std::string Lvl(int ilvl, const std::string& fmt, const std::string& text,
                const std::string& extra = "") {
  return R"(<w:lvl w:ilvl=")" + std::to_string(ilvl) +
         R"("><w:start w:val="1"/><w:numFmt w:val=")" + fmt + R"("/><w:lvlText w:val=")" + text +
         R"("/>)" + extra + "</w:lvl>";
}

std::string NumP(const std::string& text, int num_id, int ilvl) {
  return R"(<w:p><w:pPr><w:numPr><w:ilvl w:val=")" + std::to_string(ilvl) +
         R"("/><w:numId w:val=")" + std::to_string(num_id) + R"("/></w:numPr></w:pPr><w:r><w:t>)" +
         text + "</w:t></w:r></w:p>";
}

std::string StyledP(const std::string& text, const std::string& style) {
  return R"(<w:p><w:pPr><w:pStyle w:val=")" + style + R"("/></w:pPr><w:r><w:t>)" + text +
         "</w:t></w:r></w:p>";
}

// The paragraphs of a one-cell table holding `paragraphs`.
std::vector<Paragraph> Paragraphs(const std::string& paragraphs, const std::string& numbering,
                                  const std::string& styles = "") {
  const std::string body = Tbl(Tr("<w:tc>" + paragraphs + "</w:tc>"), 1);
  const Document doc = Extract(MakeDocx(body, styles, numbering));
  REQUIRE(doc.tables.size() == 1);
  return doc.tables[0].cells[0].paragraphs;
}

std::vector<std::string> Markers(const std::vector<Paragraph>& ps) {
  std::vector<std::string> out;
  for (const Paragraph& p : ps) out.push_back(p.list.marker);
  return out;
}

}  // namespace

TEST_CASE("A bullet level via w:numPr gives kBullet with U+2022 and w:ilvl", "[docx][list]") {
  const std::string numbering = Numbering(Lvl(0, "bullet", "\xEF\x82\xB7") + Lvl(1, "bullet", "o"));
  const auto ps = Paragraphs(NumP("top", 1, 0) + NumP("sub", 1, 1), numbering);
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].list.kind == ListKind::kBullet);
  CHECK(ps[0].list.marker == "\u2022");
  CHECK(ps[0].list.level == 0);
  CHECK(ps[0].text == "top");
  CHECK(ps[1].list.kind == ListKind::kBullet);
  CHECK(ps[1].list.marker == "\u2022");
  CHECK(ps[1].list.level == 1);
}

TEST_CASE("A level whose text is a bullet glyph is a bullet even without numFmt bullet",
          "[docx][list]") {
  const auto ps = Paragraphs(NumP("x", 1, 0), Numbering(Lvl(0, "decimal", "\xE2\x96\xAA")));
  CHECK(ps[0].list.kind == ListKind::kBullet);
  CHECK(ps[0].list.marker == "\u2022");
}

TEST_CASE("Numbering comes through the paragraph style and its basedOn chain", "[docx][list]") {
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Child"/><w:basedOn w:val="Base"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>)";
  const std::string numbering = Numbering(Lvl(0, "decimal", "%1.") + Lvl(1, "lowerLetter", "%2)"));
  const auto ps = Paragraphs(StyledP("one", "Base") + StyledP("sub", "Child") +
                                 StyledP("plain", "Loop1") + StyledP("two", "Base"),
                             numbering, styles);
  REQUIRE(ps.size() == 4);
  CHECK(Markers(ps) == std::vector<std::string>{"1.", "a)", "", "2."});
  CHECK(ps[1].list.level == 1);
  CHECK(ps[2].list.kind == ListKind::kNone);
}

TEST_CASE("The paragraph's own numPr overrides its style; numId 0 switches lists off",
          "[docx][list]") {
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="L"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)";
  const std::string off =
      R"(<w:p><w:pPr><w:pStyle w:val="L"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>off</w:t></w:r></w:p>)";
  const auto ps = Paragraphs(StyledP("on", "L") + off, Numbering(Lvl(0, "decimal", "%1.")), styles);
  CHECK(ps[0].list.kind == ListKind::kNumbered);
  CHECK(ps[1].list.kind == ListKind::kNone);
}

TEST_CASE("A level linked to a style by w:pStyle gives that level", "[docx][list]") {
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)";
  const std::string numbering =
      Numbering(Lvl(0, "decimal", "%1.") + Lvl(1, "decimal", "%1.%2", R"(<w:pStyle w:val="H2"/>)"));
  const auto ps = Paragraphs(NumP("a", 1, 0) + StyledP("b", "H2"), numbering, styles);
  CHECK(Markers(ps) == std::vector<std::string>{"1.", "1.1"});
  CHECK(ps[1].list.level == 1);
}

TEST_CASE("Built-in 'List Bullet 2' style paragraphs are one level deeper", "[docx][list]") {
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="ListBullet2"><w:name w:val="List Bullet 2"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>)";
  const std::string numbering = Numbering(Lvl(0, "bullet", "\xEF\x82\xB7")) +
                                R"(<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>)";
  const auto ps =
      Paragraphs(StyledP("a", "ListBullet") + StyledP("b", "ListBullet2"), numbering, styles);
  CHECK(ps[0].list.level == 0);
  CHECK(ps[1].list.level == 1);
  CHECK(ps[1].list.kind == ListKind::kBullet);
}

TEST_CASE("Each number format renders", "[docx][list]") {
  using package::FormatNumber;
  CHECK(FormatNumber(3, "decimal") == "3");
  CHECK(FormatNumber(4, "lowerLetter") == "d");
  CHECK(FormatNumber(28, "lowerLetter") == "bb");
  CHECK(FormatNumber(26, "upperLetter") == "Z");
  CHECK(FormatNumber(14, "lowerRoman") == "xiv");
  CHECK(FormatNumber(1994, "upperRoman") == "MCMXCIV");
  CHECK(FormatNumber(0, "upperRoman") == "0");
  CHECK(FormatNumber(7, "decimalZero") == "07");
  CHECK(FormatNumber(12, "decimalZero") == "12");
  CHECK(FormatNumber(2, "decimalEnclosedCircle") == "\u2461");
  CHECK(FormatNumber(5, "ordinal") == "5");
  CHECK(FormatNumber(5, "none").empty());
}

TEST_CASE("A custom number format wrapped in mc:AlternateContent uses its fallback",
          "[docx][list]") {
  const std::string numbering =
      std::string(R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>)") +
      R"(<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>)" +
      R"(<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>)" +
      R"(<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>)";
  const auto ps = Paragraphs(NumP("a", 1, 0), numbering);
  CHECK(ps[0].list.marker == "01.");
}

TEST_CASE("Numbered paragraphs render lvlText with per-level counters", "[docx][list]") {
  const std::string numbering =
      Numbering(Lvl(0, "upperRoman", "%1.") + Lvl(1, "lowerLetter", "%1.%2)") +
                Lvl(2, "lowerRoman", "(%3)") + Lvl(3, "upperLetter", "%4 -"));
  const auto ps =
      Paragraphs(NumP("a", 1, 0) + NumP("b", 1, 1) + NumP("c", 1, 1) + NumP("d", 1, 2) +
                     NumP("e", 1, 2) + NumP("f", 1, 0) + NumP("g", 1, 1) + NumP("h", 1, 3),
                 numbering);
  CHECK(Markers(ps) ==
        std::vector<std::string>{"I.", "I.a)", "I.b)", "(i)", "(ii)", "II.", "II.a)", "A -"});
  CHECK(ps[3].list.kind == ListKind::kNumbered);
  CHECK(ps[3].list.level == 2);
  CHECK(ps[3].text == "d");
}

TEST_CASE("w:start, w:lvlRestart 0 and w:isLgl are honoured", "[docx][list]") {
  const std::string numbering = Numbering(
      R"(<w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl>)"
      R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="0"/><w:isLgl/></w:lvl>)");
  const auto ps =
      Paragraphs(NumP("a", 1, 0) + NumP("b", 1, 1) + NumP("c", 1, 0) + NumP("d", 1, 1), numbering);
  CHECK(Markers(ps) == std::vector<std::string>{"V", "5.1", "VI", "6.2"});
}

TEST_CASE("A bullet level restarts the numbered levels below it", "[docx][list]") {
  const std::string numbering =
      Numbering(Lvl(0, "bullet", "\xEF\x82\xB7") + Lvl(1, "lowerLetter", "%2."));
  const auto ps = Paragraphs(
      NumP("b1", 1, 0) + NumP("x", 1, 1) + NumP("y", 1, 1) + NumP("b2", 1, 0) + NumP("z", 1, 1),
      numbering);
  CHECK(Markers(ps) == std::vector<std::string>{"\u2022", "a.", "b.", "\u2022", "a."});
}

TEST_CASE("w:num instances of one abstractNum share counters; a startOverride restarts them",
          "[docx][list]") {
  const std::string numbering =
      Numbering(Lvl(0, "decimal", "%1.")) +
      R"(<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>)"
      R"x(<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>)x";
  const auto ps = Paragraphs(NumP("a", 1, 0) + NumP("b", 1, 0) + NumP("c", 2, 0) + NumP("d", 2, 0) +
                                 NumP("e", 3, 0) + NumP("f", 1, 0),
                             numbering);
  // As Word: numId 2 restarts the shared count at 10 when first used; numId 3 (a new format,
  // no startOverride) and numId 1 continue it.
  CHECK(Markers(ps) == std::vector<std::string>{"1.", "2.", "10.", "11.", "l)", "13."});
}

TEST_CASE("Lists of different abstractNums count separately", "[docx][list]") {
  const std::string numbering =
      Numbering(Lvl(0, "decimal", "%1.")) +
      R"(<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>)";
  const auto ps =
      Paragraphs(NumP("a", 1, 0) + NumP("b", 2, 0) + NumP("c", 1, 0) + NumP("d", 2, 0), numbering);
  CHECK(Markers(ps) == std::vector<std::string>{"1.", "A.", "2.", "B."});
}

TEST_CASE("List counters run across tables in document order", "[docx][list]") {
  const std::string numbering = Numbering(Lvl(0, "decimal", "%1."));
  const std::string body =
      NumP("body", 1, 0) + Tbl(Tr("<w:tc>" + NumP("cell", 1, 0) + "</w:tc>"), 1);
  const Document doc = Extract(MakeDocx(body, "", numbering));
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].cells[0].paragraphs[0].list.marker == "2.");
}

TEST_CASE("Undefined numbering and empty markers are not list items", "[docx][list]") {
  const auto ps =
      Paragraphs(NumP("missing", 7, 0) + NumP("none", 1, 0), Numbering(Lvl(0, "none", "")));
  CHECK(ps[0].list.kind == ListKind::kNone);
  CHECK(ps[1].list.kind == ListKind::kNone);
  CHECK(ps[1].text == "none");
}

TEST_CASE("A typed bullet becomes a bullet item without glyph and whitespace", "[docx][list]") {
  const std::string indented =
      R"(<w:p><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:r><w:t xml:space="preserve">&#x2022;	deeper</w:t></w:r></w:p>)";
  const auto ps =
      Paragraphs(P("\xE2\x80\xA2 In verschillende steden") + P("\xEF\x82\xB7  private use") +
                     indented + P("\xE2\x80\xA2no space") + P("- dash"),
                 "");
  REQUIRE(ps.size() == 5);
  CHECK(ps[0].list.kind == ListKind::kBullet);
  CHECK(ps[0].list.marker == "\u2022");
  CHECK(ps[0].list.level == 0);
  CHECK(ps[0].text == "In verschillende steden");
  CHECK(ps[1].text == "private use");
  CHECK(ps[1].list.kind == ListKind::kBullet);
  CHECK(ps[2].list.level == 1);
  CHECK(ps[2].text == "deeper");
  CHECK(ps[3].list.kind == ListKind::kNone);
  CHECK(ps[3].text == "\u2022no space");
  CHECK(ps[4].list.kind == ListKind::kNone);
}

TEST_CASE("An abstractNum with w:numStyleLink takes the levels of the linked list",
          "[docx][list]") {
  const std::string styles =
      R"(<w:style w:type="numbering" w:styleId="LegalList"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>)";
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="LegalList"/></w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="LegalList"/>)" +
      Lvl(0, "upperLetter", "%1.") +
      R"(</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>)"
      R"(<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>)";
  const auto ps = Paragraphs(NumP("x", 6, 0) + NumP("y", 6, 0), numbering, styles);
  CHECK(Markers(ps) == std::vector<std::string>{"A.", "B."});
}

}  // namespace tablift::testing
