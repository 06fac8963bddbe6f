#include <catch2/catch.hpp>

#include "normalizer/normalizer.h"
#include "table_builder.h"

using namespace tablift;
using tablift::testing::MakeCell;
using tablift::testing::Para;

namespace {

std::string Text(std::vector<Paragraph> paragraphs, NormalizeOptions options = {}) {
  return CellText(MakeCell(0, 0, std::move(paragraphs)), options);
}

const std::string kNbsp = "\xC2\xA0";
const std::string kSoftHyphen = "\xC2\xAD";

}  // namespace

TEST_CASE("CellText joins paragraphs with newlines and drops empty ones", "[normalizer][text]") {
  CHECK(Text({Para("one"), Para(""), Para("  "), Para("two")}) == "one\ntwo");
  CHECK(Text({}) == "");
}

TEST_CASE("CellText collapses spaces and tabs and trims each line", "[normalizer][text]") {
  CHECK(Text({Para("  a \t  b\t")}) == "a b");
  CHECK(Text({Para("first  line \n   second\tline  ")}) == "first line\nsecond line");
  CHECK(Text({Para("a\n\n  \nb")}) == "a\nb");
}

TEST_CASE("CellText keeps no-break spaces inside a line and soft hyphens", "[normalizer][text]") {
  CHECK(Text({Para("a" + kNbsp + kNbsp + "b  " + kNbsp + " c")}) ==
        "a" + kNbsp + kNbsp + "b " + kNbsp + " c");
  CHECK(Text({Para("ge" + kSoftHyphen + "val")}) == "ge" + kSoftHyphen + "val");
}

TEST_CASE("CellText trims no-break and other Unicode spaces at the ends of a line",
          "[normalizer][text]") {
  // U+00A0, U+2009 (thin space), U+3000 (ideographic space); U+200B is not a space.
  CHECK(Text({Para(kNbsp + " a" + kNbsp +
                   "\n\xE2\x80\x89"
                   "b\xE3\x80\x80")}) == "a\nb");
  CHECK(Text({Para(kNbsp), Para("c")}) == "c");
  CHECK(Text({Para("d\xE2\x80\x8B")}) == "d\xE2\x80\x8B");
}

TEST_CASE("CellText composes to NFC", "[normalizer][text]") {
  // "e" + COMBINING ACUTE ACCENT -> U+00E9.
  CHECK(Text({Para("Comite\xCC\x81")}) == "Comit\xC3\xA9");
}

TEST_CASE("CellText turns control characters other than newline and tab into spaces",
          "[normalizer][text]") {
  CHECK(Text({Para(std::string("a\x01"
                               "b\rc\x7f"
                               "d\xC2\x85"
                               "e"))}) == "a b c d e");
  CHECK(Text({Para("a\r\nb")}) == "a\nb");
  // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are line breaks.
  CHECK(Text({Para("a\xE2\x80\xA8"
                   "b\xE2\x80\xA9"
                   "c")}) == "a\nb\nc");
}

TEST_CASE("CellText renders bullet items, nested ones indented per level", "[normalizer][list]") {
  CHECK(Text({Para("top", ListKind::kBullet, 0, "\xE2\x80\xA2"),
              Para("nested", ListKind::kBullet, 1, "\xE2\x80\xA2"),
              Para("deeper", ListKind::kBullet, 2, "\xE2\x80\xA2")}) ==
        "\xE2\x80\xA2 top\n  \xE2\x80\xA2 nested\n    \xE2\x80\xA2 deeper");
  NormalizeOptions wide;
  wide.list_indent = 4;
  CHECK(Text({Para("nested", ListKind::kBullet, 1, "\xE2\x80\xA2")}, wide) ==
        "    \xE2\x80\xA2 nested");
}

TEST_CASE("CellText renders numbered items with their marker", "[normalizer][list]") {
  CHECK(Text({Para("intro"), Para("first", ListKind::kNumbered, 0, "1."),
              Para("sub", ListKind::kNumbered, 1, "a)")}) == "intro\n1. first\n  a) sub");
  CHECK(Text({Para("no marker", ListKind::kNumbered, 0, "")}) == "no marker");
}

TEST_CASE("CellText gives continuation lines of a list item its indentation, not its marker",
          "[normalizer][list]") {
  CHECK(Text({Para("one\ntwo", ListKind::kBullet, 1, "\xE2\x80\xA2")}) ==
        "  \xE2\x80\xA2 one\n  two");
}

TEST_CASE("CellText drops list items without text", "[normalizer][list]") {
  CHECK(Text({Para(" ", ListKind::kBullet, 0, "\xE2\x80\xA2"), Para("x")}) == "x");
}

TEST_CASE("CellText renders a typed bullet glyph in a plain paragraph as a bullet item",
          "[normalizer][list]") {
  // U+F0B7 (Symbol bullet) followed by a tab, U+25E6 (white bullet) followed by spaces.
  CHECK(Text({Para("\xEF\x82\xB7\tHet kabinet")}) == "\xE2\x80\xA2 Het kabinet");
  CHECK(Text({Para("\xE2\x97\xA6   a\n\xE2\x80\xA2 b")}) == "\xE2\x80\xA2 a\n\xE2\x80\xA2 b");
  CHECK(Text({Para("\xE2\x80\xA2" + kNbsp + "c")}) == "\xE2\x80\xA2 c");
  // Not followed by whitespace, or alone: left as written.
  CHECK(Text({Para("\xE2\x80\xA2word")}) == "\xE2\x80\xA2word");
  CHECK(Text({Para("\xE2\x80\xA2")}) == "\xE2\x80\xA2");
}

TEST_CASE("OneLine joins lines without indentation", "[normalizer][text]") {
  CHECK(OneLine("Verantwoordelijk land/\nministerie") == "Verantwoordelijk land/ ministerie");
  CHECK(OneLine("a\n  \xE2\x80\xA2 b\n") == "a \xE2\x80\xA2 b");
  CHECK(OneLine("") == "");
}
