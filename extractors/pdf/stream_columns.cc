#include "extractors/pdf/stream_columns.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include "extractors/pdf/stream_table.h"

namespace tablift::pdf {
namespace {

// At most this share of the column-defining lines may cross a corridor (overlong labels).
constexpr double kBlockerShare = 0.1;
// The lines that define the columns have at least this share of the median chunk count of the
// region's tabular lines: spanning header lines and section labels have fewer chunks, and their
// cells span the columns they cross instead of hiding them.
constexpr double kDefiningChunkShare = 0.5;
constexpr std::size_t kMinValuedLines = 3;
// A corridor must be confirmed by a chunk gap on at least this share of the tabular lines, and
// on at least kMinSupport of them: coincidentally aligned word spaces are not a column gap.
constexpr double kSupportShare = 0.3;
constexpr int kMinSupport = 2;
// Corridors narrower than this (points) are rounding, not white space.
constexpr double kMinCorridor = 1.0;

struct Stretch {
  double x0, x1;
  int blocked;
};

// The blocked count over [x0, x1] as consecutive stretches.
std::vector<Stretch> BlockedProfile(const std::vector<const StreamLine*>& lines, double x0,
                                    double x1) {
  std::vector<std::pair<double, int>> events;
  for (const StreamLine* l : lines) {
    for (const Word* w : l->line->words) {
      events.push_back({w->box.x0, +1});
      events.push_back({w->box.x1, -1});
    }
  }
  std::sort(events.begin(), events.end());
  std::vector<Stretch> out;
  int count = 0;
  double at = x0;
  for (const auto& [x, delta] : events) {
    const double clamped = std::clamp(x, x0, x1);
    if (clamped > at) out.push_back({at, clamped, count});
    at = std::max(at, clamped);
    count += delta;
  }
  if (x1 > at) out.push_back({at, x1, count});
  return out;
}

// A gap narrower than this many ems between two words is a word space.
constexpr double kWordSpaceEm = 0.45;
// A gap this wide but under the chunk gap, between two numbers, still confirms a corridor all
// lines leave free (tightly set numeric columns, "1,144 193.5 (182.2-204.8)").
constexpr double kNarrowGapEm = 0.6;
// The chunk gap of stream_regions.h (SplitChunks' default).
constexpr double kChunkGapEm = 1.0;
// A word space across a corridor outweighs this many chunk gaps: a line of text over a body of
// short keys should not be cut at its word spaces.
constexpr int kWordSpaceVote = 3;

// What line `l` says of a corridor around x: +1 it has a chunk gap there, -3 two of its words
// are a word space apart there (repeated text such as "Projections of ... 2017" aligns its word
// spaces), 0 neither (the line does not reach x, or the gap is narrow but not a word space).
int Vote(const StreamLine& l, double x) {
  const auto& words = l.line->words;  // left to right
  const auto next = std::lower_bound(words.begin(), words.end(), x,
                                     [](const Word* w, double at) { return w->box.x0 < at; });
  if (next == words.begin() || next == words.end()) return 0;
  const auto i = static_cast<std::size_t>(next - words.begin()) - 1;
  const Word& a = *words[i];
  const Word& b = **next;
  if (a.box.x1 > x) return 0;
  const auto chunk_end = std::lower_bound(l.chunks.begin(), l.chunks.end(), i + 1,
                                          [](const Chunk& c, std::size_t e) { return c.end < e; });
  if (chunk_end != l.chunks.end() && chunk_end->end == i + 1 && chunk_end + 1 != l.chunks.end())
    return 1;
  const double em = WordEm(a);
  const double gap = b.box.x0 - a.box.x1;
  if (gap < kWordSpaceEm * em) return -kWordSpaceVote;
  // A narrow gap between two numbers: tightly set value columns ("40 years" is one value).
  return gap >= kNarrowGapEm * em && LooksNumeric(a.text) && LooksNumeric(b.text) ? 1 : 0;
}

// True when the corridor [x0, x1] has enough votes: kMinSupport, and kSupportShare of the lines
// that reach past it (a line ending before a sparse last column says nothing about it).
bool Supported(const std::vector<const StreamLine*>& lines, double x0, double x1) {
  int votes = 0, reaching = 0;
  for (const StreamLine* l : lines) {
    votes += Vote(*l, (x0 + x1) / 2);
    reaching += l->line->box.x1 > x1 ? 1 : 0;
  }
  return votes >= std::max(kMinSupport, static_cast<int>(std::ceil(kSupportShare * reaching)));
}

// True when a chunk after the first reads as a number other than a year: a body line.
bool HasValue(const StreamLine* l) {
  const auto& words = l->line->words;
  for (std::size_t k = 1; k < l->chunks.size(); ++k) {
    const std::string text =
        JoinWords({words.begin() + static_cast<std::ptrdiff_t>(l->chunks[k].first),
                   words.begin() + static_cast<std::ptrdiff_t>(l->chunks[k].end)});
    const bool year = text.size() == 4 && (text.rfind("19", 0) == 0 || text.rfind("20", 0) == 0);
    if (LooksNumeric(text) && !year) return true;
  }
  return false;
}

// The tabular lines with at least kDefiningChunkShare of the median chunk count.
std::vector<const StreamLine*> DefiningLines(const std::vector<StreamLine>& lines,
                                             std::size_t first, std::size_t end) {
  std::vector<std::size_t> counts;
  for (std::size_t i = first; i < end; ++i)
    if (lines[i].tabular()) counts.push_back(lines[i].chunks.size());
  std::vector<const StreamLine*> out;
  if (counts.empty()) return out;
  std::nth_element(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(counts.size() / 2),
                   counts.end());
  const double least = kDefiningChunkShare * static_cast<double>(counts[counts.size() / 2]);
  for (std::size_t i = first; i < end; ++i) {
    if (lines[i].tabular() && static_cast<double>(lines[i].chunks.size()) >= least)
      out.push_back(&lines[i]);
  }
  return out;
}

// The lines whose words block corridors: the defining lines from the first one with values on
// when there are kMinValuedLines lines with values (a header line may span columns with as many
// chunks as a body line in a narrow table, "Result 2023" over "Target | Achieved"), else all.
std::vector<const StreamLine*> BlockingLines(const std::vector<const StreamLine*>& defining) {
  if (std::count_if(defining.begin(), defining.end(), HasValue) <
      static_cast<std::ptrdiff_t>(kMinValuedLines))
    return defining;
  return {std::find_if(defining.begin(), defining.end(), HasValue), defining.end()};
}

// Drops boundaries that open a column in which no value of `lines` starts (a word after a chunk
// gap, or a number after a narrow gap from a number): text there only overhangs from the column on
// its left (an overlong key such as "Czech Republic"), which spans rather than divides.
void DropEmptyColumns(ColumnLayout& layout, const std::vector<const StreamLine*>& lines) {
  std::vector<char> starts(static_cast<std::size_t>(layout.cols()), 0);
  for (const StreamLine* l : lines) {
    const auto& words = l->line->words;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& w = *words[i];
      const double em = WordEm(w);
      const bool narrow = i > 0 && w.box.x0 - words[i - 1]->box.x1 < kNarrowGapEm * em;
      const bool numbers = i > 0 && LooksNumeric(w.text) && LooksNumeric(words[i - 1]->text);
      if (i > 0 && (narrow || (!numbers && w.box.x0 - words[i - 1]->box.x1 < kChunkGapEm * em)))
        continue;  // a word of the same value
      starts[static_cast<std::size_t>(layout.ColumnOf(w.box.x0))] = 1;
    }
  }
  std::vector<double> kept;
  for (std::size_t k = 0; k < layout.bounds.size(); ++k)
    if (starts[k + 1]) kept.push_back(layout.bounds[k]);
  layout.bounds = std::move(kept);
}

// The boundary inside stretches [a, b): the middle of the widest least-blocked stretch.
double PlaceBoundary(const std::vector<Stretch>& p, std::size_t a, std::size_t b) {
  int least = p[a].blocked;
  for (std::size_t k = a; k < b; ++k) least = std::min(least, p[k].blocked);
  double best_x0 = 0, best_x1 = -1;
  for (std::size_t k = a; k < b;) {
    std::size_t e = k;
    while (e < b && p[e].blocked == least) ++e;
    if (e == k) {
      ++k;
      continue;
    }
    if (p[e - 1].x1 - p[k].x0 > best_x1 - best_x0) best_x0 = p[k].x0, best_x1 = p[e - 1].x1;
    k = e;
  }
  return (best_x0 + best_x1) / 2;
}

}  // namespace

int ColumnLayout::ColumnOf(double x) const {
  return static_cast<int>(std::upper_bound(bounds.begin(), bounds.end(), x) - bounds.begin());
}

double ColumnLayout::Edge(int i) const {
  if (i <= 0) return x0;
  if (i >= cols()) return x1;
  return bounds[static_cast<std::size_t>(i - 1)];
}

ColumnLayout FindColumns(const std::vector<StreamLine>& lines, std::size_t first, std::size_t end) {
  ColumnLayout layout{lines[first].line->box.x0, lines[first].line->box.x1, {}};
  for (std::size_t i = first; i < end; ++i) {
    layout.x0 = std::min(layout.x0, lines[i].line->box.x0);
    layout.x1 = std::max(layout.x1, lines[i].line->box.x1);
  }
  const std::vector<const StreamLine*> defining = DefiningLines(lines, first, end);
  const std::vector<const StreamLine*> blocking = BlockingLines(defining);
  const int allowed = static_cast<int>(kBlockerShare * static_cast<double>(blocking.size()));
  const std::vector<Stretch> p = BlockedProfile(blocking, layout.x0, layout.x1);
  for (std::size_t k = 0; k < p.size();) {
    if (p[k].blocked > allowed) {
      ++k;
      continue;
    }
    std::size_t e = k;
    while (e < p.size() && p[e].blocked <= allowed) ++e;
    const bool inside = p[k].x0 > layout.x0 && p[e - 1].x1 < layout.x1;
    if (inside && p[e - 1].x1 - p[k].x0 >= kMinCorridor &&
        Supported(defining, p[k].x0, p[e - 1].x1)) {
      layout.bounds.push_back(PlaceBoundary(p, k, e));
    }
    k = e;
  }
  DropEmptyColumns(layout, blocking);
  return layout;
}

}  // namespace tablift::pdf
