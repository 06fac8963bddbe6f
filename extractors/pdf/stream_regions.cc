#include "extractors/pdf/stream_regions.h"

#include <algorithm>
#include <cmath>

#include "core/caption.h"

namespace tablift::pdf {
namespace {

// Lines of one table follow each other with at most this many line heights of white space
// between them (a blank line between table sections is about 1.5; a paragraph break in running
// text next to a table is usually more, and the text's lines are not tabular anyway).
constexpr double kMaxGapLines = 3.0;
// A line with a single chunk stays inside a region when it is at most this share of the
// region's width (a section label or a wrapped key cell, not running text).
constexpr double kMaxLabelShare = 0.6;
// Single-chunk lines directly above a region (at most this many, each at most kMaxLabelShare of
// its width and this many line heights apart) are spanning header cells when they stand off
// its left edge and off its centre (a flush-left title or a centred "[In thousands]" is not).
constexpr int kMaxSpannerLines = 2;
constexpr double kSpannerGapLines = 1.0;
constexpr double kOffCentreShare = 0.05;
// The lines of a wrapped cell follow each other at most this many line heights apart.
constexpr double kTailGapLines = 0.5;
// A chunk of this many words is a piece of running text, not a cell value.
constexpr std::size_t kProseChunkWords = 6;
// A region needs this many tabular lines: one line with a wide gap is a heading or a footer.
constexpr int kMinTabularLines = 2;

BBox Union(const BBox& a, const BBox& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool FitsAsLabel(const StreamLine& l, const BBox& region) {
  const BBox& b = l.line->box;
  const double slack = LineHeight(*l.line);
  return b.width() <= kMaxLabelShare * region.width() && b.x0 >= region.x0 - slack &&
         b.x1 <= region.x1 + slack;
}

// The union of the (at most kLookAhead) tabular lines after `j` that the gap rule still reaches,
// or an empty box.
constexpr int kLookAhead = 3;
// Looking ahead stops at a single-chunk line too wide to be a label (running text, a caption).
BBox TabularAhead(const std::vector<StreamLine>& lines, std::size_t j, const BBox& tabular) {
  BBox box{};
  int found = 0;
  for (std::size_t k = j + 1; k < lines.size() && found < kLookAhead; ++k) {
    const TextLine& prev = *lines[k - 1].line;
    const TextLine& cur = *lines[k].line;
    if (cur.box.y0 - prev.box.y1 > kMaxGapLines * std::max(LineHeight(prev), LineHeight(cur)))
      break;
    if (!lines[k].tabular()) {
      if (cur.box.width() > kMaxLabelShare * (found ? Union(box, tabular) : tabular).width()) break;
      continue;
    }
    box = found++ ? Union(box, cur.box) : cur.box;
  }
  return box;
}

// A single-chunk line inside a region: short against the region's tabular lines so far and
// the next few (a stub header such as "Age" beside spanning header lines).
bool FitsAsLabel(const std::vector<StreamLine>& lines, std::size_t j, const BBox& tabular) {
  if (FitsAsLabel(lines[j], tabular)) return true;
  const BBox ahead = TabularAhead(lines, j, tabular);
  return ahead.width() > 0 && FitsAsLabel(lines[j], Union(tabular, ahead));
}

bool IsSpanner(const StreamLine& l, const StreamLine& below, const BBox& region) {
  const BBox& b = l.line->box;
  const double h = LineHeight(*l.line);
  return !l.tabular() && below.line->box.y0 - b.y1 <= kSpannerGapLines * h &&
         FitsAsLabel(l, region) && b.x0 > region.x0 + h &&
         std::abs(b.cx() - region.cx()) > kOffCentreShare * region.width();
}

// Moves the region's start up over spanning header lines.
void TakeSpanners(const std::vector<StreamLine>& lines, std::size_t floor, StreamRegion& r) {
  for (int n = 0; n < kMaxSpannerLines && r.first > floor; ++n) {
    if (!IsSpanner(lines[r.first - 1], lines[r.first], r.box)) return;
    --r.first;
    r.box = Union(r.box, lines[r.first].line->box);
  }
}

// True when the single-chunk line `l` starts where a chunk of a tabular line above starts (the
// next line of a wrapped cell, which may reach past the tabular lines' right edge) and is short.
bool ContinuesCell(const StreamLine& l, const std::vector<double>& starts, const BBox& tabular) {
  const BBox& b = l.line->box;
  const double em = LineHeight(*l.line);
  return b.width() <= kMaxLabelShare * tabular.width() &&
         std::any_of(starts.begin(), starts.end(),
                     [&](double x) { return std::abs(x - b.x0) <= em; });
}

// A line that continues a cell of the line above it: single chunk, starting within 1 em of a
// cell start other than the region's left edge, at most half a line height below.
bool IsCellTail(const StreamLine& l, const TextLine& above, const std::vector<double>& starts,
                const BBox& tabular) {
  const BBox& b = l.line->box;
  const double em = LineHeight(*l.line);
  return !l.tabular() && b.x0 > tabular.x0 + em && b.y0 - above.box.y1 <= kTailGapLines * em &&
         ContinuesCell(l, starts, tabular);
}

StreamRegion Grow(const std::vector<StreamLine>& lines, std::size_t start) {
  StreamRegion r{start, start + 1, lines[start].line->box, 1};
  std::size_t last_tabular = start;
  BBox tabular_box = r.box;
  std::vector<double> starts;  // chunk starts of the tabular lines so far
  for (const Chunk& c : lines[start].chunks) starts.push_back(c.x0);
  std::size_t j = start + 1;
  for (; j < lines.size(); ++j) {
    const TextLine& prev = *lines[j - 1].line;
    const TextLine& cur = *lines[j].line;
    const double h = std::max(LineHeight(prev), LineHeight(cur));
    if (cur.box.y0 - prev.box.y1 > kMaxGapLines * h) break;
    if (lines[j].tabular()) {
      tabular_box = Union(tabular_box, cur.box);
      last_tabular = j;
      ++r.tabular_lines;
      for (const Chunk& c : lines[j].chunks) starts.push_back(c.x0);
    } else if (!FitsAsLabel(lines, j, tabular_box) &&
               !ContinuesCell(lines[j], starts, tabular_box)) {
      break;
    }
  }
  r.end = last_tabular + 1;
  // The last row's wrapped cells: lines right under it, starting where one of its cells starts
  // (not at the left edge, where a note under the table starts).
  while (r.end < j && IsCellTail(lines[r.end], *lines[r.end - 1].line, starts, tabular_box))
    ++r.end;
  r.box = lines[start].line->box;
  for (std::size_t j = start; j < r.end; ++j) r.box = Union(r.box, lines[j].line->box);
  return r;
}

}  // namespace

std::vector<Chunk> SplitChunks(const TextLine& line, double gap_em) {
  std::vector<Chunk> chunks;
  for (std::size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = *line.words[i];
    const double em = WordEm(w);
    if (chunks.empty() || w.box.x0 - chunks.back().x1 > gap_em * em) {
      chunks.push_back({i, i + 1, w.box.x0, w.box.x1});
    } else {
      chunks.back().end = i + 1;
      chunks.back().x1 = std::max(chunks.back().x1, w.box.x1);
    }
  }
  return chunks;
}

std::vector<StreamLine> ToStreamLines(const std::vector<TextLine>& lines) {
  std::vector<StreamLine> out;
  out.reserve(lines.size());
  for (const TextLine& l : lines) {
    StreamLine sl{&l, SplitChunks(l)};
    sl.prose = std::all_of(sl.chunks.begin(), sl.chunks.end(),
                           [](const Chunk& c) { return c.end - c.first >= kProseChunkWords; }) ||
               StartsWithTableLabel(JoinWords(l.words));  // a caption, "Table 1.   Actual ..."
    out.push_back(std::move(sl));
  }
  return out;
}

std::vector<StreamRegion> FindStreamRegions(const std::vector<StreamLine>& lines) {
  std::vector<StreamRegion> out;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (!lines[i].tabular()) {
      ++i;
      continue;
    }
    StreamRegion r = Grow(lines, i);
    TakeSpanners(lines, out.empty() ? 0 : out.back().end, r);
    if (r.tabular_lines >= kMinTabularLines) out.push_back(r);
    i = r.end;
  }
  return out;
}

}  // namespace tablift::pdf
