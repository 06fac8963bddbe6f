// ODT cell text (issue 13): white space, lists, tracked changes, captions, package errors.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "odt_builder.h"
#include "tests/cli/zip_fixture.h"

namespace tablift::odt_test {
namespace {

// The paragraphs of the only cell of a one-cell table holding `content`.
std::vector<Paragraph> CellParagraphs(const std::string& content, const std::string& styles = "") {
  const Document doc = Extract(MakeOdt(Tbl(Tr(Tc(content))), styles));
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].cells.size() == 1);
  return doc.tables[0].cells[0].paragraphs;
}

std::string CaptionOf(const std::string& before, const std::string& styles = "") {
  const Document doc = Extract(MakeOdt(before + Tbl(Tr(Tc(P("x")))), styles));
  REQUIRE(doc.tables.size() == 1);
  return doc.tables[0].caption;
}

const std::string kListStyles =
    "<text:list-style style:name=\"L1\">"
    "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"\xEF\x82\xB7\"/>"
    "<text:list-level-style-number text:level=\"2\" style:num-format=\"a\" "
    "style:num-suffix=\")\"/></text:list-style>"
    "<text:list-style style:name=\"N1\">"
    "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>"
    "<text:list-level-style-number text:level=\"2\" style:num-format=\"1\" style:num-suffix=\".\" "
    "text:display-levels=\"2\"/></text:list-style>";

std::string Item(const std::string& content) {
  return "<text:list-item>" + content + "</text:list-item>";
}

}  // namespace

TEST_CASE("ODT white space collapses; text:s, tabs and line breaks are kept", "[odt][text]") {
  const auto paras = CellParagraphs(
      "<text:p>  a \n  b<text:s text:c=\"2\"/>c<text:tab/>d<text:line-break/>e "
      "<text:span>f</text:span><text:soft-page-break/>g</text:p>");
  REQUIRE(paras.size() == 1);
  CHECK(paras[0].text == "a b  c\td\ne fg");
}

TEST_CASE("ODT lists in cells give bullets and numbers", "[odt][lists]") {
  const auto paras = CellParagraphs(
      "<text:list text:style-name=\"L1\">" + Item(P("dot")) +
          Item(P("dot2") + "<text:list>" + Item(P("sub a")) + Item(P("sub b")) + "</text:list>") +
          "</text:list><text:list text:style-name=\"N1\">" + Item(P("one") + P("more of one")) +
          Item(P("two") + "<text:list>" + Item(P("two.one")) + "</text:list>") + "</text:list>",
      kListStyles);
  REQUIRE(paras.size() == 8);
  CHECK(paras[0].list.kind == ListKind::kBullet);
  CHECK(paras[0].list.marker == "\xE2\x80\xA2");
  CHECK(paras[2].list.kind == ListKind::kNumbered);
  CHECK(paras[2].list.level == 1);
  CHECK(paras[2].list.marker == "a)");
  CHECK(paras[3].list.marker == "b)");
  CHECK(paras[4].list.marker == "1.");
  CHECK(paras[5].text == "more of one");
  CHECK(paras[5].list.kind == ListKind::kNone);  // a list item's later paragraphs: no marker
  CHECK(paras[6].list.marker == "2.");
  CHECK(paras[7].list.marker == "2.1.");
}

TEST_CASE("ODT numbering restarts per list unless the list continues", "[odt][lists]") {
  const std::string first = "<text:list xml:id=\"a\" text:style-name=\"N1\">" + Item(P("1")) +
                            Item(P("2")) + "</text:list>";
  const auto paras = CellParagraphs(
      first + "<text:list text:style-name=\"N1\">" + Item(P("restart")) + "</text:list>" +
          "<text:list text:style-name=\"N1\" text:continue-numbering=\"true\">" + Item(P("on")) +
          "</text:list><text:list text:style-name=\"N1\" text:continue-list=\"a\">" +
          Item(P("a again")) + "</text:list><text:list text:style-name=\"N1\">" +
          "<text:list-item text:start-value=\"7\">" + P("seven") + "</text:list-item></text:list>",
      kListStyles);
  REQUIRE(paras.size() == 6);
  CHECK(paras[2].list.marker == "1.");
  CHECK(paras[3].list.marker == "2.");
  CHECK(paras[4].list.marker == "3.");
  CHECK(paras[5].list.marker == "7.");
}

TEST_CASE("A list without a style takes its paragraph style's, and Word's ladder sets the level",
          "[odt][lists]") {
  const std::string styles = kListStyles +
                             "<style:style style:name=\"LB2\" style:display-name=\"List Bullet 2\" "
                             "style:family=\"paragraph\" style:list-style-name=\"N1\"/>"
                             "<style:style style:name=\"P2\" style:family=\"paragraph\" "
                             "style:parent-style-name=\"LB2\"/>";
  const auto paras = CellParagraphs(
      "<text:list>" + Item("<text:p text:style-name=\"P2\">deep</text:p>") + "</text:list>",
      styles);
  REQUIRE(paras.size() == 1);
  CHECK(paras[0].list.kind == ListKind::kNumbered);
  CHECK(paras[0].list.marker == "1.");
  CHECK(paras[0].list.level == 1);
}

TEST_CASE("Numbered paragraphs of one list id count together", "[odt][lists]") {
  const auto np = [](const std::string& id, const std::string& text) {
    return "<text:numbered-paragraph text:list-id=\"" + id + "\" text:style-name=\"N1\">" +
           "<text:number>9.</text:number>" + P(text) + "</text:numbered-paragraph>";
  };
  const auto paras = CellParagraphs(np("x", "a") + np("x", "b") + np("y", "other"), kListStyles);
  REQUIRE(paras.size() == 3);
  CHECK(paras[0].list.marker == "1.");
  CHECK(paras[1].list.marker == "2.");
  CHECK(paras[1].text == "b");  // the rendered text:number is not read as text
  CHECK(paras[2].list.marker == "1.");
}

TEST_CASE("ODT tracked changes are accepted", "[odt][changes]") {
  const std::string tracked =
      "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
      "<text:p>Tabel 9. deleted words</text:p></text:deletion></text:changed-region>"
      "</text:tracked-changes>";
  const Document doc =
      Extract(MakeOdt(tracked + Tbl(Tr(Tc("<text:p>kept <text:change text:change-id=\"c1\"/>"
                                          "<text:change-start text:change-id=\"c2\"/>inserted"
                                          "<text:change-end text:change-id=\"c2\"/></text:p>")))));
  REQUIRE(doc.tables.size() == 1);
  CHECK(PlainText(doc.tables[0].cells[0]) == "kept inserted");
  CHECK(doc.tables[0].caption.empty());  // the deleted paragraph is no caption candidate
}

TEST_CASE("Notes, annotations, bookmarks and drawings are not cell text", "[odt][text]") {
  const auto paras = CellParagraphs(
      "<text:p>a<text:note><text:note-citation>1</text:note-citation><text:note-body>"
      "<text:p>note</text:p></text:note-body></text:note><text:bookmark text:name=\"b\"/>"
      "<draw:frame><draw:text-box><text:p>box</text:p></draw:text-box></draw:frame>b</text:p>");
  CHECK(paras.at(0).text == "ab");
}

TEST_CASE("An ODT table's caption is the labelled paragraph before it", "[odt][caption]") {
  CHECK(CaptionOf(P("Tabel 2. Overzicht") + P("")) == "Tabel 2. Overzicht");
  CHECK(CaptionOf(P("Tabel 2. Overzicht") + P("Other text")).empty());
  CHECK(CaptionOf(P("Just text")).empty());
  CHECK(CaptionOf("<text:p text:style-name=\"P9\">Overview of costs</text:p>",
                  "<style:style style:name=\"P9\" style:family=\"paragraph\" "
                  "style:parent-style-name=\"Caption\"/>") == "Overview of costs");
  CHECK(CaptionOf("<text:p>Staat <text:sequence text:name=\"Table\">3</text:sequence>: kosten"
                  "</text:p>") == "Staat 3: kosten");
}

TEST_CASE("An ODT package without content.xml or OpenDocument content is refused",
          "[odt][errors]") {
  const auto error_of = [](const std::string& bytes) -> std::string {
    try {
      Extract(bytes);
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::kBadInput);
      return e.what();
    }
    return "accepted";
  };
  const std::string mime = "application/vnd.oasis.opendocument.text";
  CHECK(error_of(cli_test::MakeZip({{"mimetype", mime}})) == "no content.xml in the package");
  CHECK(error_of(cli_test::MakeZip({{"mimetype", mime}, {"content.xml", "<doc/>"}})) ==
        "content.xml: not an OpenDocument part");
  CHECK_THAT(error_of(cli_test::MakeZip({{"mimetype", mime}, {"content.xml", "<a><b></a>"}})),
             Catch::StartsWith("content.xml: XML error at offset"));
}

}  // namespace tablift::odt_test
