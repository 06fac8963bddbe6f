#include "extractors/pdf/page_tables.h"

#include <algorithm>
#include <numeric>

#include "core/caption.h"
#include "extractors/pdf/decorations.h"
#include "extractors/pdf/lattice_rows.h"
#include "extractors/pdf/paragraphs.h"
#include "extractors/pdf/segments.h"
#include "extractors/pdf/stream_regions.h"
#include "extractors/pdf/stream_table.h"

namespace tablift::pdf {
namespace {

// A ruled table whose rows the finder had to split in one column is a little less certain.
constexpr double kSplitRowsConfidence = 0.9;
// A caption's last line may sit at most this many line heights above the table's top rule.
constexpr double kCaptionMaxGap = 2.0;
// Lines of one caption paragraph are at most this many line heights apart (top to top).
constexpr double kCaptionMaxPitch = 1.6;
// A caption longer than this many lines is not a caption but body text.
constexpr std::size_t kCaptionMaxLines = 5;
// A line's bottom may overlap the table's top rule by this much (the rule's own width).
constexpr double kTopTolerance = 2.0;

bool OverlapsHorizontally(const BBox& a, const BBox& b) { return a.x0 < b.x1 && b.x0 < a.x1; }

std::string LineText(const TextLine& line) { return JoinWords(line.words); }

}  // namespace

std::string FindCaption(const std::vector<TextLine>& lines, const BBox& box) {
  std::vector<const TextLine*> above;
  for (const TextLine& l : lines) {
    if (l.box.y1 <= box.y0 + kTopTolerance && OverlapsHorizontally(l.box, box)) above.push_back(&l);
  }
  if (above.empty()) return "";
  const TextLine* nearest = above.back();
  if (box.y0 - nearest->box.y1 > kCaptionMaxGap * LineHeight(*nearest)) return "";
  std::size_t first = above.size() - 1;  // walks up the block of closely spaced lines
  while (!StartsWithTableLabel(LineText(*above[first]))) {
    if (first == 0 || above.size() - first >= kCaptionMaxLines) return "";
    const TextLine& up = *above[first - 1];
    if (above[first]->box.y0 - up.box.y0 > kCaptionMaxPitch * LineHeight(up)) return "";
    --first;
  }
  std::string caption;
  for (std::size_t i = first; i < above.size(); ++i)
    AppendLine(caption, LineText(*above[i]), false);
  return caption;
}

namespace {

// Words by grid and cell, and the words outside every grid.
struct Placement {
  std::vector<std::vector<std::vector<const Word*>>> cells;  // [grid][cell]
  std::vector<const Word*> outside;
};

Placement PlaceWords(const Page& page, const std::vector<PageGrid>& grids) {
  // Smallest grids first, so a word inside a table nested in another's cell goes to the inner one.
  std::vector<std::size_t> by_area(grids.size());
  std::iota(by_area.begin(), by_area.end(), 0);
  std::sort(by_area.begin(), by_area.end(), [&](std::size_t a, std::size_t b) {
    const BBox x = grids[a].box(), y = grids[b].box();
    return x.width() * x.height() < y.width() * y.height();
  });
  Placement p;
  p.cells.resize(grids.size());
  for (std::size_t g = 0; g < grids.size(); ++g) p.cells[g].resize(grids[g].cells.size());
  for (const Word& w : page.words) {
    bool placed = false;
    for (std::size_t g : by_area) {
      const int cell = grids[g].CellAt(w.box.cx(), w.box.cy());
      if (cell < 0) continue;
      p.cells[g][static_cast<std::size_t>(cell)].push_back(&w);
      placed = true;
      break;
    }
    if (!placed) p.outside.push_back(&w);
  }
  return p;
}

bool AllEmpty(const std::vector<std::vector<const Word*>>& cells) {
  return std::all_of(cells.begin(), cells.end(),
                     [](const std::vector<const Word*>& w) { return w.empty(); });
}

// A ruled cell holding at least this many lines, most of them numbers, holds values of several
// rows that are not separated by rules; kMinStackedCells such cells make the grid a frame.
constexpr std::size_t kMinStackedLines = 3;
// A grid of at least kMinSparseCells cells with text in fewer than this share of them is a frame
// around something else (small multiples of a chart, a form to fill in).
constexpr double kMinLatticeFill = 0.2;
constexpr std::size_t kMinSparseCells = 8;
constexpr int kMinStackedCells = 2;

int StackedCells(const std::vector<std::vector<const Word*>>& cells) {
  int stacked = 0;
  for (const auto& words : cells) {
    const std::vector<TextLine> lines = GroupLines(words);
    if (lines.size() < kMinStackedLines) continue;
    std::size_t numeric = 0;
    for (const TextLine& l : lines) numeric += LooksNumeric(JoinWords(l.words)) ? 1 : 0;
    stacked += 2 * numeric > lines.size() ? 1 : 0;
  }
  return stacked;
}

// Cells with a line of two or more numbers set apart by wide gaps: values of several columns
// whose rules are not drawn.
int SideBySideCells(const std::vector<std::vector<const Word*>>& cells) {
  int n = 0;
  for (const auto& words : cells) {
    for (const TextLine& l : GroupLines(words)) {
      const std::vector<Chunk> chunks = SplitChunks(l);
      const bool values =
          chunks.size() >= 2 && std::all_of(chunks.begin(), chunks.end(), [&](const Chunk& c) {
            return LooksNumeric(JoinWords({l.words.begin() + static_cast<std::ptrdiff_t>(c.first),
                                           l.words.begin() + static_cast<std::ptrdiff_t>(c.end)}));
          });
      if (values) {
        ++n;
        break;
      }
    }
  }
  return n;
}

// Why the ruled grid with these words is not a table (its words are left to the other
// finders), or "" when it is: a single column (a text box, a page frame, a boxed list), or rows
// that are mostly one cell across the whole width (rules between rows only: the columns are
// not drawn, so the text alignment has to say where they are).
std::string NotATable(const PageGrid& g, const std::vector<std::vector<const Word*>>& cells) {
  if (g.cols() < 2) return "it has a single column";
  const auto with_text = std::count_if(
      cells.begin(), cells.end(), [](const std::vector<const Word*>& w) { return !w.empty(); });
  if (cells.size() >= kMinSparseCells &&
      static_cast<double>(with_text) < kMinLatticeFill * static_cast<double>(cells.size())) {
    return "most of its cells are empty (the panels of a chart, a form)";
  }
  // One pass over the cells (hostile grids have millions): rows with text, full-width cells.
  std::vector<char> row_has_text(static_cast<std::size_t>(g.rows()), 0);
  int full_width = 0;
  for (std::size_t i = 0; i < g.cells.size(); ++i) {
    if (cells[i].empty()) continue;
    row_has_text[static_cast<std::size_t>(g.cells[i].pos.row)] = 1;
    full_width += g.cells[i].span.cols == g.cols() ? 1 : 0;
  }
  const auto rows_with_text = std::count(row_has_text.begin(), row_has_text.end(), 1);
  if (full_width >= 2 && 2 * full_width > rows_with_text) return "most rows are one cell wide";
  if (StackedCells(cells) >= kMinStackedCells)
    return "its cells hold stacked values (rows not ruled)";
  if (SideBySideCells(cells) >= kMinStackedCells)
    return "its cells hold several values side by side (columns not ruled)";
  return "";
}

}  // namespace

std::vector<PageTable> FindPageTables(const Page& page, Diagnostics& diagnostics) {
  std::vector<PageGrid> grids = FindGrids(MergeSegments(WithoutDecorations(page)));
  if (grids.empty()) return {};
  Placement placed = PlaceWords(page, grids);
  const std::vector<TextLine> outside_lines = GroupLines(std::move(placed.outside));
  std::vector<PageTable> out;
  for (std::size_t g = 0; g < grids.size(); ++g) {
    if (AllEmpty(placed.cells[g])) {
      diagnostics.push_back({Severity::kInfo, "pdf.lattice-empty-grid",
                             "A ruled box without text was not taken as a table.",
                             "page " + std::to_string(page.number)});
      continue;
    }
    if (const std::string why = NotATable(grids[g], placed.cells[g]); !why.empty()) {
      diagnostics.push_back({Severity::kInfo, "pdf.lattice-not-table",
                             "A ruled frame was not taken as a table: " + why + ".",
                             "page " + std::to_string(page.number)});
      continue;
    }
    PageTable t{page.number, std::move(grids[g]), {}, ""};
    for (auto& words : placed.cells[g]) t.cell_lines.push_back(GroupLines(std::move(words)));
    if (SplitUnruledRows(t) > 0) {
      t.confidence = kSplitRowsConfidence;
      diagnostics.push_back({Severity::kInfo, "pdf.lattice-rows-split",
                             "A ruled cell holding one line per row of its neighbours was split "
                             "into those rows (their rules are not drawn in its column).",
                             "page " + std::to_string(page.number)});
    }
    t.caption = FindCaption(outside_lines, t.grid.box());
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace tablift::pdf
