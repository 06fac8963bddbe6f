#include "extractors/pdf/paragraphs.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/text.h"
#include "extractors/pdf/list_markers.h"

namespace tablift::pdf {
namespace {

// Left edges this close are the same indentation (producers round positions to ~0.1 pt, and
// glyph side bearings move a line's first ink by up to a point or two).
constexpr double kSameIndent = 2.0;
// A line pitch this much (in em) above the normal pitch is paragraph spacing; the sample's 2 pt
// spacing after a 10 pt paragraph is 0.2 em, jitter between lines stays under 0.05 em.
constexpr double kParagraphGapEm = 0.1;
constexpr double kParagraphGapMin = 0.8;  // points, for fonts whose size is unknown or tiny
// A one-word line ending within this many em of the cell's right text edge fills the cell.
constexpr double kWideWordEm = 1.0;
// U+00AD SOFT HYPHEN in UTF-8: some producers keep it where a word was hyphenated.
constexpr std::string_view kSoftHyphen = "\xC2\xAD";
// A line ending within this fraction of the cell's text width of its right edge is full.
constexpr double kFullLineFraction = 0.1;

// One line, analysed.
struct Item {
  const TextLine* line = nullptr;
  ListInfo list;
  std::string text;    // without the list marker
  double x0 = 0;       // left edge of the line, marker included
  double text_x0 = 0;  // left edge of the text after the marker
  double right = 0;    // the cell's right text edge on this page
  double width = 0;    // the cell's text width on this page
  bool wide_word = false;
  bool numbered_tab = false;  // a number marker followed by a tab-wide gap
};

struct Open {
  Paragraph para;
  double first_text_x0 = 0;
  std::optional<double> body_x;  // left edge of the continuation lines, once seen
  const Item* last = nullptr;
};

Item Analyse(const TextLine& line, double right, double width) {
  Item it;
  it.line = &line;
  it.x0 = it.text_x0 = line.box.x0;
  it.right = right;
  it.width = width;
  const double em = LineHeight(line);
  const MarkerMatch m = MatchListMarker(line.words, em);
  it.list = m.list;
  it.numbered_tab = m.tab_after;
  it.text = m.first_word < line.words.size() ? JoinWords(line.words, m.first_word) : "";
  if (!m.rest_of_first.empty()) {
    it.text = m.rest_of_first + (it.text.empty() ? "" : " " + it.text);
  }
  if (!m.rest_of_first.empty()) {
    it.text_x0 = line.words.front()->box.x0;
  } else if (m.first_word < line.words.size()) {
    it.text_x0 = line.words[m.first_word]->box.x0;
  }
  it.wide_word = line.words.size() == 1 && it.list.kind == ListKind::kNone &&
                 line.box.x1 >= right - kWideWordEm * em;
  return it;
}

// A number marker is a list item only when the layout says so: a tab-wide gap after it, the next
// line hanging at the text's indentation, or a sibling item so confirmed with the same marker and
// text positions (a one-line item of a hanging list). Otherwise ("9a. De uitvoering ...") it is
// text.
bool Hanging(const std::vector<Item>& items, std::size_t i) {
  const Item& it = items[i];
  return it.numbered_tab || (i + 1 < items.size() && items[i + 1].list.kind == ListKind::kNone &&
                             it.text_x0 > it.x0 + kSameIndent &&
                             std::abs(items[i + 1].x0 - it.text_x0) <= kSameIndent);
}

void ConfirmNumbers(std::vector<Item>& items) {
  std::vector<const Item*> confirmed;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].list.kind == ListKind::kNumbered && Hanging(items, i))
      confirmed.push_back(&items[i]);
  for (Item& it : items) {
    if (it.list.kind != ListKind::kNumbered) continue;
    const bool sibling = std::any_of(confirmed.begin(), confirmed.end(), [&](const Item* c) {
      return std::abs(c->x0 - it.x0) <= kSameIndent &&
             std::abs(c->text_x0 - it.text_x0) <= kSameIndent;
    });
    if (sibling) continue;
    it.text = it.list.marker + " " + it.text;
    it.text_x0 = it.x0;
    it.list = {};
  }
}

std::vector<Item> AnalysePart(const CellPart& part) {
  double left = part.box.x1;
  for (const TextLine& l : part.lines) left = std::min(left, l.box.x0);
  const double pad = std::max(0.0, left - part.box.x0);
  const double right = part.box.x1 - pad;
  std::vector<Item> items;
  items.reserve(part.lines.size());
  for (const TextLine& l : part.lines) items.push_back(Analyse(l, right, right - left));
  ConfirmNumbers(items);
  return items;
}

double OwnPitch(const CellPart& part, double normal) {
  for (std::size_t i = 1; i < part.lines.size(); ++i) {
    const double p = part.lines[i].box.y0 - part.lines[i - 1].box.y0;
    if (p > 0 && (normal <= 0 || p < normal)) normal = p;
  }
  return normal;
}

bool Aligned(const Item& a, const Item& b) {
  const BBox& x = a.line->box;
  const BBox& y = b.line->box;
  return std::abs(x.cx() - y.cx()) <= kSameIndent || std::abs(x.x1 - y.x1) <= kSameIndent;
}

bool IndentBreaks(const Item& it, const Open& open) {
  if (open.body_x) {
    if (std::abs(it.x0 - *open.body_x) <= kSameIndent) return false;
  } else if (it.x0 <= open.first_text_x0 + kSameIndent) {
    return false;  // second line: flush, hanging under the text, or under a first-line indent
  }
  return !Aligned(it, *open.last);  // centred or right-aligned text keeps its paragraph
}

bool StartsWithinPart(const Item& it, const Open& open, double pitch) {
  if (it.list.kind != ListKind::kNone) return true;
  if (open.para.text.empty()) return false;  // the text of a marker alone on its line
  const TextLine& prev = *open.last->line;
  const double em = LineHeight(*it.line);
  const double gap = it.line->box.y0 - prev.box.y0 - pitch;
  if (pitch > 0 && gap > std::max(kParagraphGapMin, kParagraphGapEm * em)) return true;
  return IndentBreaks(it, open);
}

// The first line of a page's part continues the last paragraph unless it is a list item, or the
// paragraph ended a sentence on a line that did not reach the right edge.
bool StartsAcrossParts(const Item& it, const Open& open) {
  if (it.list.kind != ListKind::kNone) return true;
  if (open.para.text.empty()) return false;
  const Item& last = *open.last;
  const bool full = last.line->box.x1 >= last.right - kFullLineFraction * last.width;
  return EndsSentence(open.para.text) && !full;
}

void AssignLevels(std::vector<Item>& items) {
  std::vector<double> xs;
  for (const Item& it : items)
    if (it.list.kind != ListKind::kNone) xs.push_back(it.x0);
  std::sort(xs.begin(), xs.end());
  std::vector<double> levels;
  for (double x : xs)
    if (levels.empty() || x - levels.back() > kSameIndent) levels.push_back(x);
  for (Item& it : items) {
    if (it.list.kind == ListKind::kNone) continue;
    it.list.level = static_cast<int>(
        std::upper_bound(levels.begin(), levels.end(), it.x0 + kSameIndent) - levels.begin() - 1);
  }
}

// Coordinating conjunctions that follow a suspended hyphen ("toezicht- en handhaving",
// "pre- and post-war", "Ein- und Ausgang"): the hyphen ends a word part and the space stays.
bool SuspendedCompound(std::string_view next) {
  static constexpr std::string_view kConjunctions[] = {"en",  "of",   "tot", "and", "or", "to",
                                                       "und", "oder", "bis", "et",  "ou"};
  const std::string_view first = next.substr(0, next.find(' '));
  return std::find(std::begin(kConjunctions), std::end(kConjunctions), first) !=
         std::end(kConjunctions);
}

void Emit(std::vector<Paragraph>& out, Paragraph p) {
  if (p.text.empty() && p.list.kind == ListKind::kNone) return;
  out.push_back(std::move(p));
}

}  // namespace

std::vector<Paragraph> BuildParagraphs(const std::vector<CellPart>& parts, double normal_pitch,
                                       bool join_wide_words) {
  std::vector<Item> items;
  std::vector<std::size_t> part_start;
  std::vector<double> pitches;
  for (const CellPart& part : parts) {
    part_start.push_back(items.size());
    std::vector<Item> more = AnalysePart(part);
    if (!join_wide_words)
      for (Item& it : more) it.wide_word = false;
    pitches.insert(pitches.end(), more.size(), OwnPitch(part, normal_pitch));
    items.insert(items.end(), more.begin(), more.end());
  }
  AssignLevels(items);
  std::vector<Paragraph> out;
  std::optional<Open> open;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    const bool new_part = std::find(part_start.begin(), part_start.end(), i) != part_start.end();
    bool fresh = !open;
    if (open)
      fresh = new_part ? StartsAcrossParts(it, *open) : StartsWithinPart(it, *open, pitches[i]);
    if (fresh) {
      if (open) Emit(out, std::move(open->para));
      open = Open{{it.text, it.list}, it.text_x0, std::nullopt, &it};
      continue;
    }
    if (open->para.text.empty()) {  // a marker alone on its line: the text follows below it
      open->para.text = it.text;
      open->first_text_x0 = it.text_x0;
      open->last = &it;
      continue;
    }
    AppendLine(open->para.text, it.text, open->last->wide_word);
    if (!open->body_x && !new_part) open->body_x = it.x0;
    open->last = &it;
  }
  if (open) Emit(out, std::move(open->para));
  return out;
}

double TypicalPitch(const std::vector<const CellPart*>& parts) {
  std::vector<double> p;
  for (const CellPart* part : parts) {
    for (std::size_t i = 1; i < part->lines.size(); ++i) {
      const double d = part->lines[i].box.y0 - part->lines[i - 1].box.y0;
      if (d > 0) p.push_back(d);
    }
  }
  if (p.empty()) return 0;
  std::nth_element(p.begin(), p.begin() + static_cast<std::ptrdiff_t>(p.size() / 2), p.end());
  return p[p.size() / 2];
}

bool EndsSentence(std::string_view text) {
  char32_t last = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = DecodeUtf8(text, pos);
    const bool closing = cp == U')' || cp == U']' || cp == U'"' || cp == U'\'' || cp == U' ' ||
                         cp == U'\u2019' || cp == U'\u201D' || cp == U'\u00BB';
    if (!closing) last = cp;
  }
  return last == U'.' || last == U'!' || last == U'?' || last == U':' || last == U';' ||
         last == U'\u3002' || last == U'\uFF01' || last == U'\uFF1F';
}

namespace {
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

void AppendLine(std::string& text, std::string_view next, bool wide_word) {
  if (next.empty()) return;
  // A number never continues a number across lines: "1,530" over "1,253" are two values.
  if (wide_word && !text.empty() && IsDigit(text.back()) && IsDigit(next.front()))
    wide_word = false;
  if (text.empty() || wide_word) {
    text += next;
    return;
  }
  if (text.ends_with(kSoftHyphen)) {  // a hyphenation point: the word continues
    text.resize(text.size() - kSoftHyphen.size());
    text += next;
    return;
  }
  const bool hyphen = text.back() == '-';
  if (!hyphen || SuspendedCompound(next)) text += ' ';
  text += next;
}

}  // namespace tablift::pdf
