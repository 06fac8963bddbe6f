// DOCX table captions: the labelled or caption-styled paragraph right before a table (issue 2).
// The label test itself is core/caption.h (tests/core/caption_test.cc).
#include <catch2/catch.hpp>

#include "docx_builder.h"
#include "extractors/package/trim_text.h"

namespace tablift::testing {
namespace {

std::string CaptionOf(const std::string& before, const std::string& styles = "") {
  const Document doc = Extract(MakeDocx(before + Tbl(Tr(Tc("x")), 1), styles));
  REQUIRE(doc.tables.size() == 1);
  return doc.tables[0].caption;
}

}  // namespace

TEST_CASE("Caption candidates are trimmed of white space and no-break spaces", "[docx][caption]") {
  CHECK(package::TrimText("\xC2\xA0 a b \t\n") == "a b");
}

TEST_CASE("The labelled paragraph right before a table is its caption", "[docx][caption]") {
  CHECK(CaptionOf(P("Intro") + P("Tabel 1. Overzicht van beleid ")) ==
        "Tabel 1. Overzicht van beleid");
  CHECK(CaptionOf(P("Table 2: Results") + "<w:p/>") == "Table 2: Results");
}

TEST_CASE("A caption-styled paragraph is a caption whatever its text", "[docx][caption]") {
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="Bijschrift"><w:name w:val="caption"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="MyCap"><w:name w:val="My caption"/><w:basedOn w:val="Bijschrift"/></w:style>)";
  CHECK(
      CaptionOf(
          R"(<w:p><w:pPr><w:pStyle w:val="Bijschrift"/></w:pPr><w:r><w:t>Overview</w:t></w:r></w:p>)",
          styles) == "Overview");
  CHECK(
      CaptionOf(R"(<w:p><w:pPr><w:pStyle w:val="MyCap"/></w:pPr><w:r><w:t>Mine</w:t></w:r></w:p>)",
                styles) == "Mine");
  CHECK(
      CaptionOf(
          R"(<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>No styles part</w:t></w:r></w:p>)") ==
      "No styles part");
}

TEST_CASE("A caption numbered by a list shows its number; a bullet item is no caption",
          "[docx][caption]") {
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Tabel %1."/></w:lvl></w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>)";
  const auto numbered = [](int num_id, const std::string& text) {
    return R"(<w:p><w:pPr><w:numPr><w:numId w:val=")" + std::to_string(num_id) +
           R"("/></w:numPr></w:pPr><w:r><w:t>)" + text + "</w:t></w:r></w:p>";
  };
  const Document doc =
      Extract(MakeDocx(numbered(1, "Overzicht") + Tbl(Tr(Tc("a")), 1) +
                           numbered(2, "Table 9. Not a caption") + Tbl(Tr(Tc("b")), 1),
                       "", numbering));
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].caption == "Tabel 1. Overzicht");
  CHECK(doc.tables[1].caption.empty());
}

TEST_CASE("Other paragraphs and a table in between give no caption", "[docx][caption]") {
  CHECK(CaptionOf(P("Just text")).empty());
  CHECK(CaptionOf(P("Table 1. Old") + P("Some text")).empty());
  CHECK(CaptionOf("").empty());
  const Document doc =
      Extract(MakeDocx(P("Table 1. First") + Tbl(Tr(Tc("a")), 1) + Tbl(Tr(Tc("b")), 1)));
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].caption == "Table 1. First");
  CHECK(doc.tables[1].caption.empty());
}

TEST_CASE("A nested table takes its caption from its cell", "[docx][caption]") {
  const std::string inner = Tbl(Tr(Tc("in")), 1);
  const Document doc = Extract(MakeDocx(
      P("Table 1. Outer") + Tbl(Tr("<w:tc>" + P("Table 2. Inner") + inner + "<w:p/></w:tc>"), 1)));
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].caption == "Table 1. Outer");
  CHECK(doc.tables[1].caption == "Table 2. Inner");
  CHECK(PlainText(doc.tables[0].cells[0]) == "Table 2. Inner\n");
}

}  // namespace tablift::testing
