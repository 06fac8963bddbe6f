#include "extractors/pdf/stream_checks.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

#include "core/text.h"

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
// A chart's value axis: a run of at least this many evenly spaced tick labels on axis rows...
constexpr std::size_t kMinTicks = 4;
// ... or a longer run anywhere but in the key column whose step is not 1 (a counter or years),
// at least half on sparse rows of at most kMaxSparseCells cells (the axis title's words may sit
// beside the ticks, like keys; a table's rows of projected values in even steps are full).
constexpr std::size_t kMinLongRun = 6;
constexpr std::size_t kMaxSparseCells = 2;

std::size_t MedianWords(const std::vector<SRow>& rows, int col) {
  std::vector<std::size_t> n;
  for (const SRow& r : rows)
    if (const SCell* c = CellAt(r, col); c && c->c0 == col) n.push_back(c->words.size());
  if (n.empty()) return 0;
  std::nth_element(n.begin(), n.begin() + static_cast<std::ptrdiff_t>(n.size() / 2), n.end());
  return n[n.size() / 2];
}

// One number ("1,000", "-0.5", "25%"), or nothing.
std::optional<double> Number(const std::string& token) {
  std::string digits;
  for (char c : token) {
    if ((c >= '0' && c <= '9') || c == '.' || (c == '-' && digits.empty()))
      digits += c;
    else if (c != ',' && c != '%')
      return std::nullopt;
  }
  if (digits.empty() || digits == "-") return std::nullopt;
  try {
    return std::stod(digits);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// The numbers a cell starts with (tick labels drawn close together may share a line: "0.16
// 0.14"; a legend entry may follow a tick: "0.20 Series A"); `all` says every word is one.
std::vector<double> LeadingNumbers(const SCell& c, bool* all = nullptr) {
  std::vector<double> out;
  for (const Word* w : c.words) {
    const std::optional<double> v = Number(w->text);
    if (!v) break;
    out.push_back(*v);
  }
  if (all) *all = out.size() == c.words.size();
  return out;
}

bool OnlyNumbers(const SCell& c) {
  bool all = false;
  LeadingNumbers(c, &all);
  return all;
}

// A row of a chart's axes: only numbers (tick labels), in at most half the columns.
bool AxisRow(const SRow& r, int cols) {
  if (2 * static_cast<int>(r.cells.size()) > cols) return false;
  return std::all_of(r.cells.begin(), r.cells.end(), OnlyNumbers);
}

bool SameStep(double step, double other) {
  return std::abs(other - step) <= 1e-6 * std::abs(step) + 1e-9;
}

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

}  // namespace

bool IsAxis(const std::vector<SRow>& rows, int col, int cols) {
  struct Tick {
    double value;
    bool axis_row;
    bool sparse_row;  // at most kMaxSparseCells cells: a tick beside an axis title's word
  };
  std::vector<Tick> ticks;
  for (const SRow& r : rows) {
    const SCell* c = CellAt(r, col);
    if (!c) continue;
    const bool axis = AxisRow(r, cols);
    const bool sparse = r.cells.size() <= kMaxSparseCells;
    for (double v : LeadingNumbers(*c)) ticks.push_back({v, axis, sparse});
  }
  // The runs of constant non-zero step, each checked for its share of axis rows.
  for (std::size_t start = 0; start + kMinTicks <= ticks.size();) {
    const double step = ticks[start + 1].value - ticks[start].value;
    std::size_t end = start + 2;
    while (end < ticks.size() && SameStep(step, ticks[end].value - ticks[end - 1].value)) ++end;
    const auto axis = std::count_if(ticks.begin() + static_cast<std::ptrdiff_t>(start),
                                    ticks.begin() + static_cast<std::ptrdiff_t>(end),
                                    [](const Tick& t) { return t.axis_row; });
    const std::size_t run = end - start;
    if (step != 0 && run >= kMinTicks && 2 * static_cast<std::size_t>(axis) >= run) return true;
    const auto sparse = std::count_if(ticks.begin() + static_cast<std::ptrdiff_t>(start),
                                      ticks.begin() + static_cast<std::ptrdiff_t>(end),
                                      [](const Tick& t) { return t.sparse_row; });
    if (col > 0 && std::abs(step) != 1 && step != 0 && run >= kMinLongRun &&
        2 * static_cast<std::size_t>(sparse) >= run)
      return true;
    start = end - 1;
  }
  return false;
}

double Confidence(const std::vector<SRow>& rows, int cols, int header_rows) {
  const std::size_t first = header_rows > 0 ? static_cast<std::size_t>(header_rows) : 0;
  int filled = 0, full = 0, body = 0;
  for (std::size_t r = first; r < rows.size(); ++r, ++body) {
    full += rows[r].cells.size() >= 2 ? 1 : 0;
    for (const SCell& c : rows[r].cells) filled += c.c1 - c.c0 + 1;
  }
  if (body == 0 || cols == 0) return 0;
  const double fill = static_cast<double>(filled) / (static_cast<double>(body) * cols);
  const double full_share = static_cast<double>(full) / body;
  const double header = header_rows >= 0 ? 0.2 : 0.1;
  return std::round((0.4 * fill + 0.4 * full_share + header) * 100) / 100;
}

std::string NotATable(const std::vector<SRow>& rows, int cols) {
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

}  // namespace tablift::pdf
