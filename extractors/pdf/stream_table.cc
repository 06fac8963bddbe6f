#include "extractors/pdf/stream_table.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "core/text.h"
#include "extractors/pdf/stream_rows.h"

namespace tablift::pdf {
namespace {

// A region is a table only when at least this share of its body slots hold text (a chart's
// labels or a page of scattered text fill few), with at least kMinFullRows rows of two or more
// cells.
constexpr double kMinFill = 0.3;
constexpr int kMinFullRows = 2;
// A table of only two such rows needs a row of at least three cells: two lines of two chunks are
// numbered headings ("3.2  Measuring losses") or a footnote as often as a table.
constexpr int kSmallTableRows = 3;
constexpr std::size_t kSmallTableCells = 3;
// Running text set in two or more columns: at least two columns whose cells hold this many words
// at the median.
constexpr std::size_t kProseWords = 4;
// A chart's value axis: at least this many tick labels, evenly spaced numbers, alone on their
// rows in at least half of them.
constexpr std::size_t kMinTicks = 4;

std::string Locator(int page) { return "page " + std::to_string(page); }

std::size_t MedianWords(const std::vector<SRow>& rows, int col) {
  std::vector<std::size_t> n;
  for (const SRow& r : rows)
    if (const SCell* c = CellAt(r, col); c && c->c0 == col) n.push_back(c->words.size());
  if (n.empty()) return 0;
  std::nth_element(n.begin(), n.begin() + static_cast<std::ptrdiff_t>(n.size() / 2), n.end());
  return n[n.size() / 2];
}

std::optional<double> Number(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if ((c >= '0' && c <= '9') || c == '.' || (c == '-' && digits.empty()))
      digits += c;
    else if (c != ',' && c != ' ' && c != '%')
      return std::nullopt;
  }
  if (digits.empty() || digits == "-") return std::nullopt;
  try {
    return std::stod(digits);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// True when column `col` holds a chart's value axis: evenly spaced numbers, on rows that are
// mostly axis rows.
// A row of a chart's axes: only numbers (tick labels), in at most half the columns.
bool AxisRow(const SRow& r, int cols) {
  if (2 * static_cast<int>(r.cells.size()) > cols) return false;
  return std::all_of(r.cells.begin(), r.cells.end(),
                     [](const SCell& c) { return Number(JoinWords(c.words)).has_value(); });
}

bool IsAxis(const std::vector<SRow>& rows, int col, int cols) {
  std::vector<double> ticks;
  int alone = 0;
  for (const SRow& r : rows) {
    const SCell* c = CellAt(r, col);
    if (!c) continue;
    const std::optional<double> v = Number(JoinWords(c->words));
    if (!v) continue;
    ticks.push_back(*v);
    alone += AxisRow(r, cols) ? 1 : 0;
  }
  if (ticks.size() < kMinTicks || 2 * alone < static_cast<int>(ticks.size())) return false;
  const double step = ticks[1] - ticks[0];
  if (step == 0) return false;
  for (std::size_t i = 2; i < ticks.size(); ++i)
    if (std::abs(ticks[i] - ticks[i - 1] - step) > 1e-6 * std::abs(step) + 1e-9) return false;
  return true;
}

// True when every cell of the first column is a bullet glyph: a bulleted list, not a table.
bool IsBulletList(const std::vector<SRow>& rows) {
  int bullets = 0;
  for (const SRow& r : rows) {
    const SCell* c = CellAt(r, 0);
    if (!c) continue;
    const std::string t = JoinWords(c->words);
    std::size_t pos = 0;
    if (t.empty() || !IsBulletGlyph(DecodeUtf8(t, pos)) || pos < t.size()) return false;
    ++bullets;
  }
  return bullets > 0;
}

// Why the rows are not a table, or "" when they are.
std::string Rejection(const std::vector<SRow>& rows, int cols) {
  if (IsBulletList(rows)) return "a bulleted list";
  for (int c = 0; c < cols; ++c)
    if (IsAxis(rows, c, cols)) return "a chart's value axis";
  if (cols < 2) return "fewer than two columns";
  int full = 0, filled = 0;
  std::size_t widest = 0;
  for (const SRow& r : rows) {
    full += r.cells.size() >= 2 ? 1 : 0;
    widest = std::max(widest, r.cells.size());
    for (const SCell& c : r.cells) filled += c.c1 - c.c0 + 1;
  }
  if (full < kMinFullRows) return "fewer than two rows with two or more cells";
  if (full < kSmallTableRows && widest < kSmallTableCells) {
    return "two rows of two cells (numbered headings, a footnote)";
  }
  const double fill = static_cast<double>(filled) / (static_cast<double>(rows.size()) * cols);
  if (fill < kMinFill)
    return "mostly empty (" + std::to_string(std::lround(fill * 100)) + "% filled)";
  int prose = 0;
  for (int c = 0; c < cols; ++c) prose += MedianWords(rows, c) >= kProseWords ? 1 : 0;
  if (prose >= 2) return "running text set in columns";
  return "";
}

PageGrid ToGrid(const std::vector<SRow>& rows, const ColumnLayout& layout) {
  PageGrid g;
  for (int i = 0; i <= layout.cols(); ++i) g.xs.push_back(layout.Edge(i));
  g.ys.push_back(rows.front().y0);
  for (std::size_t r = 1; r < rows.size(); ++r) g.ys.push_back((rows[r - 1].y1 + rows[r].y0) / 2);
  g.ys.push_back(rows.back().y1);
  g.ys_ruled.assign(g.ys.size(), true);  // no split-row rejoin by an undrawn border
  g.slot_cell.assign(rows.size() * static_cast<std::size_t>(layout.cols()), -1);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const int ri = static_cast<int>(r);
    for (int c = 0; c < layout.cols();) {
      const SCell* sc = CellAt(rows[r], c);
      const int c1 = sc ? sc->c1 : c;
      const int index = static_cast<int>(g.cells.size());
      g.cells.push_back({{ri, c}, {1, c1 - c + 1}, {g.xs[c], g.ys[r], g.xs[c1 + 1], g.ys[r + 1]}});
      for (int k = c; k <= c1; ++k) g.slot_cell[r * layout.cols() + k] = index;
      c = c1 + 1;
    }
  }
  return g;
}

PageTable ToPageTable(std::vector<SRow>& rows, const ColumnLayout& layout, int page,
                      int header_rows) {
  PageTable t{page, ToGrid(rows, layout), {}, ""};
  t.method = "pdf.stream";
  t.header_rows = header_rows;
  for (const GridCell& gc : t.grid.cells) {
    const SCell* sc = CellAt(rows[static_cast<std::size_t>(gc.pos.row)], gc.pos.col);
    t.cell_lines.push_back(sc ? GroupLines(sc->words) : std::vector<TextLine>{});
  }
  return t;
}

bool IsAllowed(unsigned char c) {
  return std::isdigit(c) || std::isspace(c) || c >= 0x80 ||
         std::string_view(",.%()+-$*/'").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

bool LooksNumeric(std::string_view text) {
  int digits = 0, letters = 0;
  for (unsigned char c : text) {
    if (std::isdigit(c))
      ++digits;
    else if (std::isalpha(c))
      ++letters;
    else if (!IsAllowed(c))
      return false;
  }
  return digits > 0 && letters <= 1;
}

std::optional<PageTable> BuildStreamTable(const std::vector<StreamLine>& lines,
                                          const StreamRegion& region, int page_number,
                                          Diagnostics& diagnostics) {
  const ColumnLayout layout = FindColumns(lines, region.first, region.end);
  std::vector<SRow> rows = SplitRows(lines, region, layout);
  const int header_rows = ShapeRows(rows, layout);
  if (std::string why = Rejection(rows, layout.cols()); !why.empty()) {
    diagnostics.push_back({Severity::kInfo, "pdf.stream-rejected",
                           "Aligned text was not taken as a table: " + why + ".",
                           Locator(page_number)});
    return std::nullopt;
  }
  if (header_rows < 0) {
    diagnostics.push_back({Severity::kInfo, "pdf.stream-header-unsure",
                           "A table without rulings has no numeric body to tell its header by; "
                           "the header rows are its leading bold rows, or the first row.",
                           Locator(page_number)});
  }
  return ToPageTable(rows, layout, page_number, header_rows);
}

}  // namespace tablift::pdf
