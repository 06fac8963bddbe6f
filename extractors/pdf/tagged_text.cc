#include "extractors/pdf/tagged_text.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string_view>

#include "core/text.h"

namespace tablift::pdf {
namespace {

// A line fills its cell when the room left before the cell's right border (less the cell's
// padding) is narrower than the next line's first glyph plus this many font sizes (rounding of
// positions and padding); when that glyph's width is unknown, narrower than kBrokenWordRoom.
constexpr double kRoomTolerance = 0.25;
constexpr double kBrokenWordRoom = 0.7;
// A producer prints line-end spaces when at least this share of line breaks inside structure
// elements have one; the rest are then breaks inside words.
constexpr double kLineEndSpaceShare = 0.5;
// Borders may sit this far inside the text box (rounding, stroke width).
constexpr double kBorderTolerance = 0.5;

bool IsContainerType(const std::string& t) {
  static const std::set<std::string> kTypes = {
      "Document", "Part",  "Art",   "Sect",  "Div", "NonStruct", "Private", "BlockQuote", "TOC",
      "Table",    "THead", "TBody", "TFoot", "TR",  "TD",        "TH",      "LBody",      "Index"};
  return kTypes.count(t) > 0;
}

std::string Trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = s.find_last_not_of(" \t");
  return std::string(s.substr(first, last - first + 1));
}

bool IsWordChar(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 0xC0 && !IsBulletGlyph(cp));
}

char32_t FirstChar(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? 0 : DecodeUtf8(s, pos);
}

// The last two code points of `s` (0 where missing).
std::pair<char32_t, char32_t> LastTwo(std::string_view s) {
  char32_t a = 0, b = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    a = b;
    b = DecodeUtf8(s, pos);
  }
  return {a, b};
}

// A line ending in a hyphen that follows a non-space ("VN-", "lhbtiq+-", "2019-").
bool EndsWithHyphen(std::string_view s) {
  const auto [before, last] = LastTwo(s);
  return last == '-' && before != 0 && before != ' ';
}

// The printed line a join decision looks at: text and box since the last line break.
struct OpenLine {
  int page = 0;
  std::string text;
  BBox box;
  double font_size = 0;
  bool space_after = false;
};

// Where the text of a cell may run on one page: its left start and its right limit.
struct Measure {
  double left = 0;   // the leftmost start of a line
  double right = 0;  // the right border less the cell's padding, or the rightmost line end
};

// The cell borders around `line` on its page, if the page has rules on both sides.
bool BordersAround(const OpenLine& line, double left_start, const TextSources& src, double& left,
                   double& right) {
  if (!src.rules) return false;
  const auto it = src.rules->find(line.page);
  if (it == src.rules->end()) return false;
  left = -std::numeric_limits<double>::infinity();
  right = std::numeric_limits<double>::infinity();
  const double cy = line.box.cy();
  for (const Segment& s : it->second) {
    if (s.y0 > cy || s.y1 < cy) continue;
    if (s.x0 <= left_start + kBorderTolerance) left = std::max(left, s.x0);
    if (s.x0 >= line.box.x1 - kBorderTolerance) right = std::min(right, s.x0);
  }
  return std::isfinite(left) && std::isfinite(right);
}

Measure MeasureOf(const OpenLine& line, const std::map<int, BBox>& extent, const TextSources& src) {
  const BBox& e = extent.at(line.page);
  double left = 0, right = 0;
  if (BordersAround(line, e.x0, src, left, right)) return Measure{e.x0, right - (e.x0 - left)};
  return Measure{e.x0, e.x1};
}

// Whether `line` left too little room for the first glyph of `next`.
bool FillsLine(const OpenLine& line, const PlacedLine& next, const Measure& m) {
  const double glyph = next.line.first_advance > 0
                           ? next.line.first_advance + kRoomTolerance * line.font_size
                           : kBrokenWordRoom * line.font_size;
  return m.right - line.box.x1 < glyph;
}

// Width of the first (or last) word of a line, estimated from its share of the characters.
double WordWidth(const std::string& text, double width, bool last) {
  const auto cut = last ? text.rfind(' ') : text.find(' ');
  if (cut == std::string::npos || text.empty()) return width;
  const double chars = static_cast<double>(last ? text.size() - cut - 1 : cut);
  return width * chars / static_cast<double>(text.size());
}

// Without printed line-end spaces to go by: a word broken because it did not fit the cell.
bool IsBrokenWord(const OpenLine& prev, const PlacedLine& next, const Measure& m) {
  if (prev.page != next.page || !FillsLine(prev, next, m)) return false;
  const std::string next_text = Trim(next.line.text);
  if (!IsWordChar(LastTwo(prev.text).second) || !IsWordChar(FirstChar(next_text))) return false;
  if (prev.text.find(' ') == std::string::npos) return true;
  // The broken word: the end of this line and the start of the next, wider than a whole line.
  const double word = WordWidth(prev.text, prev.box.width(), true) +
                      WordWidth(next_text, next.line.box.width(), false);
  return word > m.right - m.left;
}

// Whether a line break between `prev` and `next` becomes a space (docs/pdf.md, "Tagged PDFs").
bool JoinsWithSpace(const OpenLine& prev, const PlacedLine& next, const std::map<int, BBox>& extent,
                    const TextSources& src) {
  if (src.line_end_spaces) {
    // The producer prints the space where it wraps a line: no space means the line was broken
    // inside a word (after a hyphen or slash, or for lack of room) - or at a manual line
    // break, which leaves the line short of the cell's width.
    if (prev.space_after) return true;
    return !(LastTwo(prev.text).second == '-' || prev.page != next.page ||
             FillsLine(prev, next, MeasureOf(prev, extent, src)));
  }
  if (EndsWithHyphen(prev.text)) return false;
  return !IsBrokenWord(prev, next, MeasureOf(prev, extent, src));
}

void AppendContent(const McRef& ref, const TextSources& src, std::vector<PlacedLine>& out) {
  const auto it = src.marked->find({ref.page, ref.mcid});
  if (it == src.marked->end()) return;
  for (const MarkedLine& line : it->second.lines) out.push_back(PlacedLine{ref.page, line});
}

int FirstPage(const StructNode& node) {
  for (const McRef& ref : node.content) return ref.page;
  for (const StructNode& child : node.children) {
    if (const int page = FirstPage(child)) return page;
  }
  return 0;
}

void CollectLines(const StructNode& node, const TextSources& src, std::vector<PlacedLine>& out) {
  if (!node.actual_text.empty()) {
    MarkedLine line;
    line.text = node.actual_text;
    out.push_back(PlacedLine{FirstPage(node), line});
    return;
  }
  for (int k : node.order) {
    if (k < 0) {
      AppendContent(node.content[static_cast<size_t>(-1 - k)], src, out);
    } else {
      CollectLines(node.children[static_cast<size_t>(k)], src, out);
    }
  }
}

}  // namespace

std::vector<PlacedLine> LinesOf(const StructNode& node, const TextSources& src) {
  std::vector<PlacedLine> out;
  CollectLines(node, src, out);
  return out;
}

bool PrintsLineEndSpaces(const std::vector<StructNode>& roots, const MarkedTextMap& marked) {
  int breaks = 0, spaced = 0;
  std::vector<const StructNode*> stack;
  for (const StructNode& r : roots) stack.push_back(&r);
  while (!stack.empty()) {
    const StructNode* node = stack.back();
    stack.pop_back();
    for (const StructNode& child : node->children) stack.push_back(&child);
    const MarkedLine* prev = nullptr;
    for (const McRef& ref : node->content) {
      const auto it = marked.find({ref.page, ref.mcid});
      if (it == marked.end()) continue;
      for (const MarkedLine& line : it->second.lines) {
        if (prev && !line.continues_line) {
          ++breaks;
          spaced += prev->space_after ? 1 : 0;
        }
        prev = &line;
      }
    }
  }
  return breaks > 0 && spaced >= breaks * kLineEndSpaceShare;
}

std::string JoinLines(const std::vector<PlacedLine>& lines, const TextSources& src) {
  // How far the text runs on each page: the cell's content box, where no borders are found.
  std::map<int, BBox> extent;
  for (const PlacedLine& l : lines) {
    if (Trim(l.line.text).empty()) continue;
    auto [it, fresh] = extent.emplace(l.page, l.line.box);
    if (!fresh)
      it->second = BBox{std::min(it->second.x0, l.line.box.x0), 0,
                        std::max(it->second.x1, l.line.box.x1), 0};
  }
  std::string out;
  OpenLine open;
  for (const PlacedLine& l : lines) {
    const std::string text = Trim(l.line.text);
    if (text.empty()) continue;
    const bool same_line = l.line.continues_line && l.page == open.page;
    if (!out.empty() && (same_line ? l.line.space_before : JoinsWithSpace(open, l, extent, src))) {
      out += ' ';
    }
    out += text;
    if (same_line && !open.text.empty()) {
      open.text += (l.line.space_before ? " " : "") + text;
      open.box.x1 = std::max(open.box.x1, l.line.box.x1);
      open.space_after = l.line.space_after;
    } else {
      open = OpenLine{l.page, text, l.line.box, l.line.font_size, l.line.space_after};
    }
  }
  return out;
}

bool StripBullet(std::string& text) {
  std::size_t pos = 0;
  if (text.empty() || !IsBulletGlyph(DecodeUtf8(text, pos))) return false;
  text = Trim(std::string_view(text).substr(pos));
  return true;
}

namespace {

class ParagraphCollector {
 public:
  explicit ParagraphCollector(const TextSources& src) : src_(src) {}

  // Adds the paragraphs of `node`'s content; `level` is the list level (-1 outside lists).
  void Collect(const StructNode& node, int level) {
    std::vector<PlacedLine> loose;  // content directly in a container forms a paragraph
    for (int k : node.order) {
      if (k < 0) {
        AppendContent(node.content[static_cast<size_t>(-1 - k)], src_, loose);
        continue;
      }
      Flush(loose, level);
      Child(node.children[static_cast<size_t>(k)], level);
    }
    Flush(loose, level);
  }

  std::vector<Paragraph> Take() { return std::move(out_); }

 private:
  void Child(const StructNode& child, int level) {
    if (child.type == "L") {
      for (const StructNode& item : child.children) Child(item, level < 0 ? 0 : level + 1);
    } else if (child.type == "LI") {
      Item(child, level < 0 ? 0 : level);
    } else if (IsContainerType(child.type)) {
      Collect(child, level);
    } else {
      Add(JoinLines(LinesOf(child, src_), src_), level);
    }
  }

  // One list item: its Lbl (if any) labels the first paragraph of its body.
  void Item(const StructNode& item, int level) {
    std::string label;
    const std::size_t first = out_.size();
    for (int k : item.order) {
      if (k >= 0 && item.children[static_cast<size_t>(k)].type == "Lbl") {
        label = Trim(JoinLines(LinesOf(item.children[static_cast<size_t>(k)], src_), src_));
      } else if (k >= 0) {
        Child(item.children[static_cast<size_t>(k)], level);
      } else {
        std::vector<PlacedLine> lines;
        AppendContent(item.content[static_cast<size_t>(-1 - k)], src_, lines);
        Flush(lines, level);
      }
    }
    if (label.empty() || first >= out_.size()) return;
    ListInfo& list = out_[first].list;
    list.level = level;
    if (StripBullet(label) && label.empty()) {
      list.kind = ListKind::kBullet;
      list.marker = "•";
    } else {
      list.kind = ListKind::kNumbered;
      list.marker = label;
    }
  }

  void Flush(std::vector<PlacedLine>& lines, int level) {
    if (lines.empty()) return;
    Add(JoinLines(lines, src_), level);
    lines.clear();
  }

  void Add(std::string text, int level) {
    Paragraph p;
    if (StripBullet(text)) p.list = ListInfo{ListKind::kBullet, std::max(level, 0), "•"};
    p.text = Trim(text);
    if (!p.text.empty()) out_.push_back(std::move(p));
  }

  const TextSources& src_;
  std::vector<Paragraph> out_;
};

}  // namespace

std::vector<Paragraph> ParagraphsOf(const StructNode& cell, const TextSources& src) {
  ParagraphCollector collector(src);
  collector.Collect(cell, -1);
  return collector.Take();
}

}  // namespace tablift::pdf
