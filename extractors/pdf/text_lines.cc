#include "extractors/pdf/text_lines.h"

#include <algorithm>

namespace tablift::pdf {
namespace {

// Vertical overlap, as a fraction of the smaller height, above which two boxes share a line.
constexpr double kSameLineOverlap = 0.5;
// A gap wider than this fraction of the font size is a space even when the adapter did not flag
// one (Poppler's typical inter-word gap is ~0.25 em; letter spacing stays well below 0.1 em).
constexpr double kSpaceGapEm = 0.15;
// Words arrive sorted by their centre's y, so a word can only belong to one of the last few
// lines (a superscript or a bullet glyph may be a little higher than its line); looking back this
// far keeps grouping linear.
constexpr std::size_t kLookBack = 3;

bool SameLine(const TextLine& line, const Word& w) {
  if (w.line_id >= 0 && !line.words.empty() && line.words.back()->line_id == w.line_id) return true;
  const double overlap = std::min(line.box.y1, w.box.y1) - std::max(line.box.y0, w.box.y0);
  const double smaller = std::min(line.box.height(), w.box.height());
  return smaller > 0 && overlap > kSameLineOverlap * smaller;
}

void Extend(TextLine& line, const Word* w) {
  if (line.words.empty()) {
    line.box = w->box;
  } else {
    line.box = {std::min(line.box.x0, w->box.x0), std::min(line.box.y0, w->box.y0),
                std::max(line.box.x1, w->box.x1), std::max(line.box.y1, w->box.y1)};
  }
  line.font_size = std::max(line.font_size, w->font_size);
  line.words.push_back(w);
}

}  // namespace

std::vector<TextLine> GroupLines(std::vector<const Word*> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](const Word* a, const Word* b) { return a->box.cy() < b->box.cy(); });
  std::vector<TextLine> lines;
  for (const Word* w : words) {
    const auto stop =
        lines.rbegin() + static_cast<std::ptrdiff_t>(std::min(kLookBack, lines.size()));
    auto it =
        std::find_if(lines.rbegin(), stop, [&](const TextLine& l) { return SameLine(l, *w); });
    if (it != stop) {
      Extend(*it, w);
    } else {
      lines.emplace_back();
      Extend(lines.back(), w);
    }
  }
  for (TextLine& l : lines) {
    std::stable_sort(l.words.begin(), l.words.end(),
                     [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    l.bold = std::all_of(l.words.begin(), l.words.end(), [](const Word* w) { return w->bold; });
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const TextLine& a, const TextLine& b) { return a.box.y0 < b.box.y0; });
  return lines;
}

std::string JoinWords(const std::vector<const Word*>& words, std::size_t first) {
  std::string out;
  for (std::size_t i = first; i < words.size(); ++i) {
    if (i > first) {
      const Word& prev = *words[i - 1];
      const double gap = words[i]->box.x0 - prev.box.x1;
      if (prev.space_after || gap > kSpaceGapEm * std::max(prev.font_size, 1.0)) out += ' ';
    }
    out += words[i]->text;
  }
  return out;
}

double WordEm(const Word& w) {
  return std::max(w.font_size > 0 ? w.font_size : w.box.height(), 1.0);
}

double LineHeight(const TextLine& line) {
  return line.font_size > 0 ? line.font_size : line.box.height();
}

}  // namespace tablift::pdf
