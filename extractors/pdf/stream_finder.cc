#include "extractors/pdf/stream_finder.h"

#include <algorithm>

#include "extractors/pdf/stream_table.h"

namespace tablift::pdf {
namespace {

bool Inside(const BBox& box, double x, double y) {
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

std::vector<const Word*> FreeWords(const Page& page, const std::vector<BBox>& taken) {
  std::vector<const Word*> out;
  for (const Word& w : page.words) {
    const bool in = std::any_of(taken.begin(), taken.end(),
                                [&](const BBox& b) { return Inside(b, w.box.cx(), w.box.cy()); });
    if (!in) out.push_back(&w);
  }
  return out;
}

// The lines outside every region, for captions.
std::vector<TextLine> LinesOutside(const std::vector<TextLine>& lines,
                                   const std::vector<StreamRegion>& regions) {
  std::vector<TextLine> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool in = std::any_of(regions.begin(), regions.end(),
                                [&](const StreamRegion& r) { return i >= r.first && i < r.end; });
    if (!in) out.push_back(lines[i]);
  }
  return out;
}

}  // namespace

std::vector<PageTable> FindStreamTables(const Page& page, const std::vector<BBox>& taken,
                                        Diagnostics& diagnostics) {
  const std::vector<TextLine> lines = GroupLines(FreeWords(page, taken));
  const std::vector<StreamLine> stream_lines = ToStreamLines(lines);
  const std::vector<StreamRegion> regions = FindStreamRegions(stream_lines);
  const std::vector<TextLine> outside = LinesOutside(lines, regions);
  std::vector<PageTable> out;
  for (const StreamRegion& r : regions) {
    std::optional<PageTable> t = BuildStreamTable(stream_lines, r, page.number, diagnostics);
    if (!t) continue;
    t->caption = FindCaption(outside, t->grid.box());
    out.push_back(std::move(*t));
  }
  return out;
}

}  // namespace tablift::pdf
