// The tagged table builder on synthetic structure trees: grid placement with spans, headers,
// paragraphs and lists, line joining, captions, and the fallback for broken tables.
#include "extractors/pdf/tagged_tables.h"

#include <catch2/catch.hpp>

namespace tablift::pdf {
namespace {

// Builds trees and their marked text: each Leaf() gets a fresh MCID on `page` with the lines.
class TreeBuilder {
 public:
  StructNode Node(const std::string& type, std::vector<StructNode> children = {}) {
    StructNode n;
    n.type = type;
    for (auto& c : children) {
      n.order.push_back(static_cast<int>(n.children.size()));
      n.children.push_back(std::move(c));
    }
    return n;
  }

  // An element owning one marked-content sequence printed as `lines` (one per printed line,
  // each with a printed line-end space unless it is the last, ends in '-', or ends in '|': a
  // break inside a word, the '|' itself not printed).
  StructNode Leaf(const std::string& type, std::vector<std::string> lines, int page = 1) {
    StructNode n = Node(type);
    const int mcid = next_mcid_++;
    MarkedText& text = marked_[{page, mcid}];
    double y = 100;
    for (std::size_t i = 0; i < lines.size(); ++i, y += 12) {
      MarkedLine line;
      line.text = lines[i];
      const bool in_word = line.text.back() == '|';
      if (in_word) line.text.pop_back();
      line.box = BBox{10, y, 10 + 5.0 * static_cast<double>(line.text.size()), y + 10};
      line.font_size = 10;
      line.space_after = spaces_ && i + 1 < lines.size() && line.text.back() != '-' && !in_word;
      text.lines.push_back(line);
    }
    n.order.push_back(-1);
    n.content.push_back(McRef{page, mcid});
    return n;
  }

  StructNode Cell(const std::string& type, const std::string& text, int rows = 1, int cols = 1) {
    StructNode n = Leaf(type, {text});
    n.row_span = rows;
    n.col_span = cols;
    return n;
  }

  void set_line_end_spaces(bool on) { spaces_ = on; }
  TextSources Sources() const { return TextSources{&marked_, &rules_, spaces_}; }
  VerticalRules& rules() { return rules_; }

 private:
  MarkedTextMap marked_;
  VerticalRules rules_;
  int next_mcid_ = 0;
  bool spaces_ = true;
};

TaggedResult Build(const std::vector<StructNode>& roots, const TextSources& src,
                   const Limits& limits = {}) {
  return BuildTaggedTables(roots, src, {1, 2}, limits);
}

TEST_CASE("Cells are placed honouring RowSpan and ColSpan of cells above", "[pdf][tagged]") {
  TreeBuilder b;
  std::vector<StructNode> roots{b.Node(
      "Table", {
                   b.Node("TR", {b.Cell("TH", "K"), b.Cell("TH", "A"), b.Cell("TH", "B")}),
                   b.Node("TR", {b.Cell("TD", "k1", 2), b.Cell("TD", "a1"), b.Cell("TD", "b1")}),
                   b.Node("TR", {b.Cell("TD", "a2 and b2", 1, 2)}),
                   b.Node("TR", {b.Cell("TD", "section", 1, 3)}),
               })};
  const TaggedResult r = Build(roots, b.Sources());
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.rows == 4);
  CHECK(t.cols == 3);
  CHECK(t.method == "pdf.tagged");
  CHECK(t.header_rows == std::vector<int>{0});
  const Cell* k1 = CellAt(t, 2, 0);
  REQUIRE(k1);
  CHECK(PlainText(*k1) == "k1");
  CHECK(k1->span == Span{2, 1});
  const Cell* ab = CellAt(t, 2, 1);
  REQUIRE(ab);
  CHECK(ab->pos == GridPos{2, 1});
  CHECK(ab->span == Span{1, 2});
  CHECK(CellAt(t, 3, 2)->span == Span{1, 3});
  CHECK(CellAt(t, 0, 1)->header);
  CHECK_FALSE(CellAt(t, 1, 1)->header);
  CHECK(t.locator == "page 1");
  CHECK(t.row_pages == std::vector<int>{1, 1, 1, 1});
}

TEST_CASE("Spans running past the table are clipped with a diagnostic", "[pdf][tagged]") {
  TreeBuilder b;
  Limits limits;
  limits.max_grid_cols = 4;
  std::vector<StructNode> roots{
      b.Node("Table", {
                          b.Node("TR", {b.Cell("TD", "tall", 9), b.Cell("TD", "wide", 1, 1000)}),
                      })};
  const TaggedResult r = Build(roots, b.Sources(), limits);
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  CHECK(ValidateTable(t).empty());
  CHECK(t.rows == 1);
  CHECK(t.cols == 4);
  CHECK_FALSE(t.diagnostics.empty());
}

TEST_CASE("THead rows are header rows; TBody rows are data", "[pdf][tagged]") {
  TreeBuilder b;
  std::vector<StructNode> roots{
      b.Node("Table", {
                          b.Node("THead", {b.Node("TR", {b.Cell("TD", "h1"), b.Cell("TD", "h2")})}),
                          b.Node("TBody", {b.Node("TR", {b.Cell("TD", "d1"), b.Cell("TD", "d2")})}),
                      })};
  const Table t = Build(roots, b.Sources()).tables.at(0);
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(CellAt(t, 0, 1)->header);
  CHECK_FALSE(CellAt(t, 1, 0)->header);
}

TEST_CASE("Cell paragraphs: P, lists with Lbl, bullet glyphs and nesting", "[pdf][tagged]") {
  TreeBuilder b;
  StructNode nested = b.Node("L", {b.Node("LI", {b.Leaf("LBody", {"\xEF\x82\xB7 inner"})})});
  StructNode cell = b.Node(
      "TD",
      {
          b.Leaf("P", {"Intro"}),
          b.Node(
              "L",
              {
                  b.Node("LI", {b.Leaf("Lbl", {"1."}), b.Node("LBody", {b.Leaf("P", {"first"})})}),
                  b.Node("LI", {b.Node("LBody", {b.Leaf("P", {"\xE2\x80\xA2  second"}), nested})}),
              }),
          b.Leaf("P", {"\xEF\x82\xB7 loose bullet"}),
      });
  std::vector<StructNode> roots{b.Node("Table", {b.Node("TR", {cell})})};
  const Table t = Build(roots, b.Sources()).tables.at(0);
  const auto& ps = t.cells.at(0).paragraphs;
  REQUIRE(ps.size() == 5);
  CHECK(ps[0].text == "Intro");
  CHECK(ps[0].list.kind == ListKind::kNone);
  CHECK(ps[1].text == "first");
  CHECK(ps[1].list.kind == ListKind::kNumbered);
  CHECK(ps[1].list.marker == "1.");
  CHECK(ps[1].list.level == 0);
  CHECK(ps[2].text == "second");
  CHECK(ps[2].list.kind == ListKind::kBullet);
  CHECK(ps[2].list.marker == "\xE2\x80\xA2");
  CHECK(ps[3].text == "inner");
  CHECK(ps[3].list.kind == ListKind::kBullet);
  CHECK(ps[3].list.level == 1);
  CHECK(ps[4].text == "loose bullet");
  CHECK(ps[4].list.kind == ListKind::kBullet);
  CHECK(ps[4].list.level == 0);
}

TEST_CASE("Lines join with a space, after a hyphen without one", "[pdf][tagged]") {
  for (const bool spaces : {true, false}) {
    INFO("line-end spaces printed: " << spaces);
    TreeBuilder b;
    b.set_line_end_spaces(spaces);
    std::vector<StructNode> roots{b.Node(
        "Table",
        {b.Node("TR",
                {
                    b.Node("TD", {b.Leaf("P", {"bij het VN-", "Vrouwenrechtencomité ingediend",
                                               "en verder"})}),
                })})};
    const Table t = Build(roots, b.Sources()).tables.at(0);
    CHECK(PlainText(t.cells.at(0)) == "bij het VN-Vrouwenrechtencomité ingediend en verder");
  }
}

TEST_CASE("A word broken for lack of room joins without a space", "[pdf][tagged]") {
  for (const bool spaces : {true, false}) {
    INFO("line-end spaces printed: " << spaces);
    TreeBuilder b;
    b.set_line_end_spaces(spaces);
    // Leaf() makes lines 5pt per character from x = 10: "OCW/BZK/Jen" ends at 65. Borders at
    // x = 5 and x = 70 leave 5pt of padding on the left, so the right limit is 65: no room left.
    b.rules()[1] = {Segment{5, 0, 5, 500, 0.5}, Segment{70, 0, 70, 500, 0.5}};
    std::vector<StructNode> roots{b.Node(
        "Table", {b.Node("TR", {
                                   b.Node("TD", {b.Leaf("P", {"KNL;", "OCW/BZK/Jen|", "V"})}),
                               })})};
    const Table t = Build(roots, b.Sources()).tables.at(0);
    CHECK(PlainText(t.cells.at(0)) == "KNL; OCW/BZK/JenV");
  }
}

TEST_CASE("A line ending short of the border is not a broken word", "[pdf][tagged]") {
  for (const bool spaces : {true, false}) {
    INFO("line-end spaces printed: " << spaces);
    TreeBuilder b;
    b.set_line_end_spaces(spaces);
    b.rules()[1] = {Segment{5, 0, 5, 500, 0.5}, Segment{200, 0, 200, 500, 0.5}};
    std::vector<StructNode> roots{b.Node(
        "Table", {b.Node("TR", {
                                   b.Node("TD", {b.Leaf("P", {"KNL;", "OCW/BZK/Jen|", "V"})}),
                               })})};
    // With printed line-end spaces the missing one is a manual line break: still a space.
    CHECK(PlainText(Build(roots, b.Sources()).tables.at(0).cells.at(0)) == "KNL; OCW/BZK/Jen V");
  }
}

TEST_CASE("The caption is the table-labelled element before the table", "[pdf][tagged]") {
  TreeBuilder b;
  std::vector<StructNode> roots{
      b.Node("Document", {
                             b.Leaf("P", {"Some text"}),
                             b.Leaf("P", {"Tabel 3. Overzicht van", "het beleid"}),
                             b.Node("Table", {b.Node("TR", {b.Cell("TD", "x")})}),
                             b.Leaf("P", {"Unrelated paragraph"}),
                             b.Node("Table", {b.Node("TR", {b.Cell("TD", "y")})}),
                         })};
  const TaggedResult r = Build(roots, b.Sources());
  REQUIRE(r.tables.size() == 2);
  CHECK(r.tables[0].caption == "Tabel 3. Overzicht van het beleid");
  CHECK(r.tables[1].caption.empty());
}

TEST_CASE("A table without cells or text is left to the geometry", "[pdf][tagged]") {
  TreeBuilder b;
  StructNode no_rows = b.Leaf("Table", {"loose text"}, 2);
  std::vector<StructNode> roots{
      b.Node("Document", {no_rows, b.Node("Table", {b.Node("TR", {b.Cell("TD", "fine")})})})};
  const TaggedResult r = Build(roots, b.Sources());
  CHECK(r.has_tables);
  CHECK(r.tables.size() == 1);
  CHECK(r.fallback_pages == std::set<int>{2});
}

TEST_CASE("Rows off the read pages are left out, except the leading header rows", "[pdf][tagged]") {
  TreeBuilder b;
  std::vector<StructNode> roots{
      b.Node("Document", {
                             b.Leaf("P", {"Table 1. Caption"}, 3),
                             b.Node("Table",
                                    {
                                        b.Node("TR", {b.Leaf("TH", {"Key"}, 3)}),
                                        b.Node("TR", {b.Leaf("TD", {"on page 3"}, 3)}),
                                        b.Node("TR", {b.Leaf("TD", {"on page 1"}, 1)}),
                                        b.Node("TR", {b.Leaf("TH", {"Repeated key"}, 4)}),
                                    }),
                         })};
  const Table t = Build(roots, b.Sources()).tables.at(0);
  REQUIRE(t.rows == 2);
  CHECK(PlainText(*CellAt(t, 0, 0)) == "Key");
  CHECK(t.header_rows == std::vector<int>{0});
  CHECK(PlainText(*CellAt(t, 1, 0)) == "on page 1");
  CHECK(t.row_pages == std::vector<int>{3, 1});
  // The reader must fetch page 3's text for the header and the caption; page 4 is not needed.
  CHECK(TaggedContextPages(roots, {1}) == std::set<int>{3});
  CHECK(TaggedContextPages(roots, {3}).empty());
}

// Found by fuzzing (docs/fuzzing.md, finding 5): the caption test was a std::regex, which
// recursed once per character and overflowed the stack on a long run of spaces or numerals.
TEST_CASE("regression: a huge caption candidate does not overflow the stack", "[pdf][tagged]") {
  const std::string numerals = "Table " + std::string(400000, 'I');
  const std::string spaces = std::string(400000, ' ') + "Tabelle\t\n 7";
  const std::string no_label = "Table" + std::string(400000, ' ') + "of contents";
  for (const auto& [text, labelled] :
       {std::pair{&numerals, true}, std::pair{&spaces, true}, std::pair{&no_label, false}}) {
    TreeBuilder b;
    std::vector<StructNode> roots{b.Node(
        "Document", {b.Leaf("P", {*text}), b.Node("Table", {b.Node("TR", {b.Cell("TD", "x")})})})};
    const TaggedResult r = Build(roots, b.Sources());
    REQUIRE(r.tables.size() == 1);
    CHECK(r.tables[0].caption.empty() == !labelled);
  }
}

TEST_CASE("Caption labels: any case, white space, then a digit or Roman numeral", "[pdf][tagged]") {
  const auto caption_of = [](const std::string& text) {
    TreeBuilder b;
    std::vector<StructNode> roots{b.Node(
        "Document", {b.Leaf("P", {text}), b.Node("Table", {b.Node("TR", {b.Cell("TD", "x")})})})};
    return Build(roots, b.Sources()).tables.at(0).caption;
  };
  for (const char* yes : {"Tabel 1. Overzicht", "  TABLE 2: Results", "Tabelle 3", "Tableau iv",
                          "Tabla X", "Tabella 9", "Tabell 5", "Taulukko 1", "table\t4"}) {
    CHECK_FALSE(caption_of(yes).empty());
  }
  for (const char* no : {"Table of contents", "Tables 1 and 2", "Table", "Tabel1", "Table  ",
                         "The table 1 below", "Tablet 5"}) {
    CHECK(caption_of(no).empty());
  }
}

}  // namespace
}  // namespace tablift::pdf
