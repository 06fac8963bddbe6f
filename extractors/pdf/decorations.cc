#include "extractors/pdf/decorations.h"

#include <algorithm>

#include "extractors/pdf/text_lines.h"

namespace tablift::pdf {
namespace {

// A decoration starts this far below a word's top (as a share of its height): higher up is
// the line above's underline or a rule between lines.
constexpr double kBandTop = 0.25;
// Words are searched this far above a segment; taller words are headlines, not decorated text.
constexpr double kMaxWordHeight = 72;

double Em(const Word& w) { return WordEm(w); }

bool InBand(const Word& w, double y) {
  return y >= w.box.y0 + kBandTop * w.box.height() && y <= w.box.y1;
}

// True when the words in `by_top` (sorted by top) whose band holds the horizontal segment `s`
// cover it end to end with gaps of at most an em.
bool Decorates(const std::vector<const Word*>& by_top, const Segment& s) {
  auto it = std::lower_bound(by_top.begin(), by_top.end(), s.y0 - kMaxWordHeight,
                             [](const Word* w, double y) { return w->box.y0 < y; });
  std::vector<const Word*> over;
  for (; it != by_top.end() && (*it)->box.y0 <= s.y0; ++it) {
    const Word& w = **it;
    if (InBand(w, s.y0) && w.box.x1 > s.x0 && w.box.x0 < s.x1) over.push_back(&w);
  }
  if (over.empty()) return false;
  std::sort(over.begin(), over.end(),
            [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  double covered = s.x0;
  for (const Word* w : over) {
    if (w->box.x0 > covered + Em(*w)) return false;
    covered = std::max(covered, w->box.x1);
  }
  return covered >= s.x1 - Em(*over.back());
}

}  // namespace

std::vector<Segment> WithoutDecorations(const Page& page) {
  std::vector<const Word*> by_top;
  for (const Word& w : page.words) by_top.push_back(&w);
  std::sort(by_top.begin(), by_top.end(),
            [](const Word* a, const Word* b) { return a->box.y0 < b->box.y0; });
  std::vector<Segment> out;
  for (const Segment& s : page.segments) {
    if (s.horizontal() && Decorates(by_top, s)) continue;
    out.push_back(s);
  }
  return out;
}

}  // namespace tablift::pdf
