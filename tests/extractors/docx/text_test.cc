// DOCX run text: every run-level element, fields, wrappers and tracked changes (issue 2).
#include <catch2/catch.hpp>

#include "docx_builder.h"
#include "extractors/docx/symbol_fonts.h"

namespace tablift::testing {
namespace {

// The text of the single paragraph `p_inner` (the content of a w:p) inside a one-cell table.
std::string CellTextOf(const std::string& p_inner) {
  const std::string body = Tbl(Tr("<w:tc><w:p>" + p_inner + "</w:p></w:tc>"), 1);
  const Document doc = Extract(MakeDocx(body));
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].cells.size() == 1);
  return PlainText(doc.tables[0].cells[0]);
}

std::string R(const std::string& content) { return "<w:r>" + content + "</w:r>"; }
std::string T(const std::string& text) { return R("<w:t>" + text + "</w:t>"); }

}  // namespace

TEST_CASE("w:t keeps spaces exactly, including a whitespace-only preserved run", "[docx][text]") {
  CHECK(CellTextOf(T("a") + R(R"(<w:t xml:space="preserve"> </w:t>)") + T("b")) == "a b");
  CHECK(CellTextOf(R(R"(<w:t xml:space="preserve">  two  </w:t>)")) == "  two  ");
  CHECK(CellTextOf(R("<w:t>x</w:t><w:t>y</w:t>")) == "xy");
}

TEST_CASE("w:tab and w:ptab give a tab; w:br and w:cr give a line break", "[docx][text]") {
  CHECK(CellTextOf(R("<w:t>a</w:t><w:tab/><w:t>b</w:t>")) == "a\tb");
  CHECK(CellTextOf(R(R"(<w:t>a</w:t><w:ptab w:relativeTo="margin" w:alignment="right"/>)")) ==
        "a\t");
  CHECK(CellTextOf(R("<w:t>a</w:t><w:br/><w:t>b</w:t>")) == "a\nb");
  CHECK(CellTextOf(R("<w:t>a</w:t><w:cr/><w:t>b</w:t>")) == "a\nb");
}

TEST_CASE("w:noBreakHyphen and w:softHyphen give U+2011 and U+00AD", "[docx][text]") {
  CHECK(CellTextOf(R("<w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t>")) == "a\u2011b");
  CHECK(CellTextOf(R("<w:t>a</w:t><w:softHyphen/><w:t>b</w:t>")) == "a\u00ADb");
}

TEST_CASE("w:sym maps Symbol and Wingdings codes to Unicode", "[docx][text]") {
  CHECK(CellTextOf(R(R"(<w:sym w:font="Symbol" w:char="F061"/>)")) == "\u03B1");
  CHECK(CellTextOf(R(R"(<w:sym w:font="Symbol" w:char="F0A3"/>)")) == "\u2264");
  CHECK(CellTextOf(R(R"(<w:sym w:font="Symbol" w:char="F0B7"/>)")) == "\u2022");
  CHECK(CellTextOf(R(R"(<w:sym w:font="Wingdings" w:char="F0FC"/>)")) == "\u2714");
  CHECK(CellTextOf(R(R"(<w:sym w:font="Wingdings" w:char="F06C"/>)")) == "\u2022");
  CHECK(CellTextOf(R(R"(<w:sym w:font="Unknown" w:char="263A"/>)")) == "\u263A");
  CHECK(CellTextOf(R(R"(<w:sym w:font="Symbol" w:char="zz"/>)")).empty());
}

TEST_CASE("Symbol-font codes typed as private-use text map to Unicode", "[docx][text]") {
  CHECK(
      CellTextOf(R(
          R"(<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>a&#xF061;b</w:t>)")) ==
      "a\u03B1b");
  CHECK(CellTextOf(R("<w:t>&#xF061;</w:t>")) == "\uF061");
}

TEST_CASE("Symbol font table and code parsing", "[docx][text]") {
  using docx::MapSymbolChar;
  CHECK(MapSymbolChar("symbol", 0x41) == U'\u0391');
  CHECK(MapSymbolChar("Symbol", 0xF0E5) == U'\u2211');
  CHECK(MapSymbolChar("Symbol", 0xF07E) == U'\u223C');
  CHECK(MapSymbolChar("Symbol", 0xF0FE) == U'\u23AD');
  CHECK(MapSymbolChar("Wingdings 2", 0xF0A7) == U'\u2022');
  CHECK(docx::ParseSymbolCode("f0b7") == 0xF0B7);
  CHECK(docx::ParseSymbolCode("1234567") == 0);
}

TEST_CASE("Hyperlinks, smart tags, inline custom XML and content controls give their text",
          "[docx][text]") {
  CHECK(CellTextOf(T("see ") + R"(<w:hyperlink r:id="rId9" xmlns:r="urn:r">)" + T("here") +
                   "</w:hyperlink>") == "see here");
  CHECK(CellTextOf(R"(<w:smartTag w:uri="u" w:element="place"><w:smartTagPr/>)" + T("Leiden") +
                   "</w:smartTag>") == "Leiden");
  CHECK(CellTextOf(R"(<w:customXml w:element="x"><w:customXmlPr/>)" + T("cx") + "</w:customXml>") ==
        "cx");
  CHECK(CellTextOf("<w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr><w:sdtContent>" +
                   T("value") + "</w:sdtContent></w:sdt>") == "value");
}

TEST_CASE("Complex fields show their result, not their code; fields nest", "[docx][text]") {
  const std::string begin = R(R"(<w:fldChar w:fldCharType="begin"/>)");
  const std::string sep = R(R"(<w:fldChar w:fldCharType="separate"/>)");
  const std::string end = R(R"(<w:fldChar w:fldCharType="end"/>)");
  const std::string code = R(R"(<w:instrText xml:space="preserve"> PAGE </w:instrText>)");
  CHECK(CellTextOf(T("p. ") + begin + code + sep + T("7") + end) == "p. 7");
  CHECK(CellTextOf(begin + code + T("hidden") + sep + T("a") + begin + code + sep + T("b") + end +
                   T("c") + end + T("!")) == "abc!");
  CHECK(CellTextOf(begin + code + end + T("after")) == "after");
}

TEST_CASE("A field left open in a cell is reported", "[docx][text]") {
  const std::string body = Tbl(
      Tr("<w:tc><w:p>" + R(R"(<w:fldChar w:fldCharType="begin"/>)") + T("code") + "</w:p></w:tc>"),
      1);
  const Document doc = Extract(MakeDocx(body));
  REQUIRE(doc.tables.size() == 1);
  REQUIRE_FALSE(doc.tables[0].diagnostics.empty());
  CHECK(doc.tables[0].diagnostics[0].code == "docx.field-unterminated");
}

TEST_CASE("w:fldSimple shows its result runs", "[docx][text]") {
  CHECK(CellTextOf(T("Table ") + R"(<w:fldSimple w:instr=" SEQ Table \* ARABIC ">)" + T("3") +
                   "</w:fldSimple>") == "Table 3");
}

TEST_CASE("mc:AlternateContent gives one branch: the fallback, else the first choice",
          "[docx][text]") {
  const std::string both = R"(<mc:AlternateContent><mc:Choice Requires="w14">)" + T("new") +
                           "</mc:Choice><mc:Fallback>" + T("old") +
                           "</mc:Fallback></mc:AlternateContent>";
  CHECK(CellTextOf(both) == "old");
  const std::string choices = R"(<mc:AlternateContent><mc:Choice Requires="w14">)" + T("one") +
                              R"(</mc:Choice><mc:Choice Requires="w15">)" + T("two") +
                              "</mc:Choice></mc:AlternateContent>";
  CHECK(CellTextOf(choices) == "one");
  const std::string in_run = R(
      R"(<mc:AlternateContent><mc:Choice Requires="w14"><w:sym w:font="Wingdings" w:char="F0FE"/></mc:Choice><mc:Fallback><w:t>[x]</w:t></mc:Fallback></mc:AlternateContent>)");
  CHECK(CellTextOf(in_run) == "[x]");
  const std::string local_ns =
      R"(<x:AlternateContent xmlns:x="http://schemas.openxmlformats.org/markup-compatibility/2006"><x:Choice Requires="a">)" +
      T("c") + "</x:Choice><x:Fallback>" + T("f") + "</x:Fallback></x:AlternateContent>";
  CHECK(CellTextOf(local_ns) == "f");
}

TEST_CASE("Tracked changes read as accepted", "[docx][text]") {
  CHECK(CellTextOf(T("a") + R"(<w:ins w:id="1" w:author="x">)" + T("b") + "</w:ins>" +
                   R"(<w:del w:id="2" w:author="x">)" + R("<w:delText>gone</w:delText>") +
                   "</w:del>" + T("c")) == "abc");
  CHECK(CellTextOf(R"(<w:moveFrom w:id="3" w:author="x">)" + T("old place") + "</w:moveFrom>" +
                   R"(<w:moveTo w:id="4" w:author="x">)" + T("new place") + "</w:moveTo>") ==
        "new place");
  CHECK(CellTextOf(R("<w:delText>stray</w:delText><w:t>kept</w:t>")) == "kept");
}

TEST_CASE("A paragraph whose mark is deleted joins the next paragraph", "[docx][text]") {
  const std::string deleted_mark =
      R"(<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="x"/></w:rPr></w:pPr><w:r><w:t>first </w:t></w:r></w:p>)";
  const std::string gone =
      R"(<w:p><w:pPr><w:rPr><w:del w:id="6" w:author="x"/></w:rPr></w:pPr><w:del w:id="7" w:author="x"><w:r><w:delText>all gone</w:delText></w:r></w:del></w:p>)";
  const std::string body = Tbl(
      Tr("<w:tc>" + deleted_mark + P("second") + gone + P("third") + deleted_mark + "</w:tc>"), 1);
  const Document doc = Extract(MakeDocx(body));
  REQUIRE(doc.tables.size() == 1);
  const Cell& c = doc.tables[0].cells[0];
  REQUIRE(c.paragraphs.size() == 3);
  CHECK(c.paragraphs[0].text == "first second");
  CHECK(c.paragraphs[1].text == "third");
  CHECK(c.paragraphs[2].text == "first ");
}

TEST_CASE("A paragraph moved away (mark and runs in w:moveFrom) leaves nothing behind",
          "[docx][text]") {
  const std::string moved =
      R"(<w:p><w:pPr><w:rPr><w:moveFrom w:id="5" w:author="x"/></w:rPr></w:pPr><w:moveFrom w:id="6" w:author="x"><w:r><w:t>moved</w:t></w:r></w:moveFrom></w:p>)";
  const Document doc = Extract(MakeDocx(Tbl(Tr("<w:tc>" + moved + P("stays") + "</w:tc>"), 1)));
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].cells[0].paragraphs.size() == 1);
  CHECK(doc.tables[0].cells[0].paragraphs[0].text == "stays");
}

TEST_CASE("Wrappers nested absurdly deep are skipped with a diagnostic", "[docx][text]") {
  std::string open, close;
  for (int i = 0; i < 100; ++i) {
    open += "<w:smartTag>";
    close += "</w:smartTag>";
  }
  const std::string body = Tbl(Tr("<w:tc><w:p><w:r><w:t>kept</w:t></w:r>" + open +
                                  "<w:r><w:t>deep</w:t></w:r>" + close + "</w:p></w:tc>"),
                               1);
  const Document doc = Extract(MakeDocx(body));
  REQUIRE(doc.tables.size() == 1);
  CHECK(PlainText(doc.tables[0].cells[0]) == "kept");
  REQUIRE(doc.tables[0].diagnostics.size() == 1);
  CHECK(doc.tables[0].diagnostics[0].code == "docx.too-deep");
}

TEST_CASE("Drawings, instrText and properties give no text", "[docx][text]") {
  CHECK(CellTextOf(R("<w:rPr><w:b/></w:rPr><w:drawing><w:t>no</w:t></w:drawing><w:t>yes</w:t>")) ==
        "yes");
}

TEST_CASE("Paragraph text is kept per paragraph, including empty paragraphs", "[docx][text]") {
  const std::string body = Tbl(Tr("<w:tc>" + P("one") + "<w:p/>" + P("three") + "</w:tc>"), 1);
  const Document doc = Extract(MakeDocx(body));
  REQUIRE(doc.tables.size() == 1);
  const Cell& c = doc.tables[0].cells[0];
  REQUIRE(c.paragraphs.size() == 3);
  CHECK(c.paragraphs[1].text.empty());
  CHECK(c.paragraphs[2].text == "three");
}

}  // namespace tablift::testing
