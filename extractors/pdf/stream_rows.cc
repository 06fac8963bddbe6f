#include "extractors/pdf/stream_rows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <utility>

#include "extractors/pdf/stream_table.h"

namespace tablift::pdf {
namespace {

// A word belongs to the columns its middle part covers: this share of its width may stick out
// over a boundary without making its cell span.
constexpr double kCrossShare = 0.3;
// Lines of one cell are at most this many ems apart (bottom to top); rows are usually further.
constexpr double kContinuationGapEm = 0.8;
// Words closer than this many ems are one phrase, even across a column boundary.
constexpr double kPhraseGapEm = 0.45;
// A numeric body: at least this share of the rows from the first data row on are data rows.
constexpr double kNumericBodyShare = 0.5;
// A spanning header cell is centred over the columns it spans within this share of their width.
constexpr double kCentredShare = 0.15;

std::string Text(const SCell& c) { return JoinWords(c.words); }

const SCell* Key(const SRow& r) {
  return r.cells.empty() || r.cells[0].c0 != 0 ? nullptr : &r.cells[0];
}

bool KeyOnly(const SRow& r) { return r.cells.size() == 1 && Key(r); }

bool StartsLower(const SRow& r) {
  const SCell* k = Key(r);
  return k && std::islower(static_cast<unsigned char>(k->words.front()->text[0]));
}

bool IsYear(const std::string& t) {
  if (t.size() != 4 || !std::all_of(t.begin(), t.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return false;
  const int y = std::stoi(t);
  return y >= 1800 && y <= 2100;
}

// A range such as "9-12" or "2007-08": a label as often as a value.
bool IsRange(const std::string& t) {
  const std::size_t dash = t.find_first_of("-\xe2");  // '-' or the lead byte of an en dash
  return dash != std::string::npos && dash > 0 && std::isdigit(static_cast<unsigned char>(t[0])) &&
         std::isdigit(static_cast<unsigned char>(t.back()));
}

// A row with numbers outside the key column (not years or ranges, which head columns as often
// as they fill them): two of them, or one making at least half of its value cells.
bool IsDataRow(const SRow& r) {
  int values = 0, numbers = 0;
  for (const SCell& c : r.cells) {
    if (c.c0 == 0) continue;
    const std::string t = Text(c);
    ++values;
    numbers += LooksNumeric(t) && !IsYear(t) && !IsRange(t) ? 1 : 0;
  }
  return numbers >= 2 || (numbers == 1 && 2 * numbers >= values);
}

// True when `w` follows the cell's last word after no more than a word space: one phrase
// ("Budget (EUR"), which spans the boundary it crosses rather than being cut by it.
bool WordSpaceAfter(const SCell& c, const Word& w) {
  const Word& last = *c.words.back();
  const double em = WordEm(last);
  return w.box.x0 - last.box.x1 < kPhraseGapEm * em;
}

bool Close(const SRow& upper, const SRow& lower) {
  return lower.y0 - upper.y1 <= kContinuationGapEm * std::max(upper.em, lower.em);
}

void AddWords(SCell& into, const SCell& from) {
  into.words.insert(into.words.end(), from.words.begin(), from.words.end());
  into.c0 = std::min(into.c0, from.c0);
  into.c1 = std::max(into.c1, from.c1);
}

// Appends the cells of `lower` to `upper`'s cells in the same columns (new cells where none).
void Merge(SRow& upper, const SRow& lower) {
  for (const SCell& c : lower.cells) {
    auto it = std::find_if(upper.cells.begin(), upper.cells.end(),
                           [&](const SCell& u) { return u.c0 <= c.c1 && c.c0 <= u.c1; });
    if (it != upper.cells.end()) {
      AddWords(*it, c);
    } else {
      upper.cells.insert(std::find_if(upper.cells.begin(), upper.cells.end(),
                                      [&](const SCell& u) { return u.c0 > c.c1; }),
                         c);
    }
  }
  upper.y1 = lower.y1;
  upper.last_y0 = lower.y0;
  upper.em = std::max(upper.em, lower.em);
}

// `lower` continues `upper`: text only, under cells of upper, without a key of its own; or
// the rest of upper's wrapped key (starting in lower case); or upper is the first line of
// lower's wrapped key; or lower holds the values of upper's key-only line (a key wrapped over
// several lines with its values on a middle line).
bool Continues(const SRow& upper, const SRow& lower) {
  if (!Close(upper, lower) || !Key(upper)) return false;
  if (KeyOnly(upper) && StartsLower(lower)) return true;
  if (KeyOnly(upper) && !Key(lower) && IsDataRow(lower)) return true;  // values centred on a key
  if (KeyOnly(lower)) return StartsLower(lower);
  if (Key(lower) || IsDataRow(lower)) return false;
  return std::all_of(lower.cells.begin(), lower.cells.end(), [&](const SCell& c) {
    const SCell* above = CellAt(upper, c.c0);
    return above && !LooksNumeric(Text(*above));  // text wraps; a number does not
  });
}

void JoinContinuations(std::vector<SRow>& rows, std::size_t from) {
  std::vector<SRow> out(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(from));
  for (std::size_t i = from; i < rows.size(); ++i) {
    if (out.size() > from && Continues(out.back(), rows[i])) {
      Merge(out.back(), rows[i]);
    } else {
      out.push_back(std::move(rows[i]));
    }
  }
  rows = std::move(out);
}

// Two centred spans whose middles are within this many points of each other centre the text
// equally well; the wider wins (a title centred over four columns is also centred over the
// middle two).
constexpr double kSameCentre = 2.0;

// The span [a, b] within the free columns [lo, hi] around [c0, c1] whose middle is closest to
// cx, if within kCentredShare of its width; else [c0, c1].
std::pair<int, int> CentredSpan(const ColumnLayout& layout, int lo, int hi, int c0, int c1,
                                double cx) {
  std::pair<int, int> best{c0, c1};
  double best_off = -1;
  for (int a = lo; a <= c0; ++a) {
    for (int b = std::max(c1, a + 1); b <= hi; ++b) {
      const double left = layout.Edge(a), right = layout.Edge(b + 1);
      const double off = std::abs(cx - (left + right) / 2);
      if (off > kCentredShare * (right - left)) continue;
      const bool better = best_off < 0 || off < best_off - kSameCentre ||
                          (off < best_off + kSameCentre && b - a > best.second - best.first);
      if (!better) continue;
      best = {a, b};
      best_off = off;
    }
  }
  return best;
}

// The horizontal extent [x0, x1] of a cell's words.
std::pair<double, double> Extent(const SCell& c) {
  double x0 = c.words.front()->box.x0, x1 = c.words.front()->box.x1;
  for (const Word* w : c.words) x0 = std::min(x0, w->box.x0), x1 = std::max(x1, w->box.x1);
  return {x0, x1};
}

// In a numeric body, a row of text without a key and without numbers is a section title over
// the value columns: its cells become one, spanning the value columns it is centred over.
void SpanBodyTitles(std::vector<SRow>& rows, std::size_t from, const ColumnLayout& layout) {
  for (std::size_t r = from; r < rows.size(); ++r) {
    auto& cells = rows[r].cells;
    if (cells.empty() || Key(rows[r]) || IsDataRow(rows[r])) continue;
    SCell title{cells.front().c0, cells.back().c1, {}};
    for (const SCell& c : cells)
      title.words.insert(title.words.end(), c.words.begin(), c.words.end());
    const auto [x0, x1] = Extent(title);
    const auto [a, b] =
        CentredSpan(layout, 1, layout.cols() - 1, title.c0, title.c1, (x0 + x1) / 2);
    title.c0 = a, title.c1 = b;
    cells.assign(1, std::move(title));
  }
}

// The first row after r and before `end` with a cell overlapping columns [c0, c1], or `end`.
std::size_t NextRowWith(const std::vector<SRow>& rows, std::size_t r, std::size_t end, int c0,
                        int c1) {
  for (std::size_t k = r + 1; k < end; ++k)
    for (const SCell& c : rows[k].cells)
      if (c.c0 <= c1 && c0 <= c.c1) return k;
  return end;
}

// The columns cell k of a header row may widen over: up to half-way to its neighbours (each
// spanner heads its own group), and not over the stub column unless it starts there.
std::pair<int, int> FreeColumns(const std::vector<SCell>& cells, std::size_t k, int cols) {
  const SCell& c = cells[k];
  int lo = std::min(c.c0, 1), hi = cols - 1;
  if (k > 0) lo = std::max(cells[k - 1].c1 + 1, (cells[k - 1].c1 + c.c0 + 1) / 2);
  if (k + 1 < cells.size()) hi = std::min(cells[k + 1].c0 - 1, (c.c1 + cells[k + 1].c0) / 2);
  return {std::min(lo, c.c0), std::max(hi, c.c1)};
}

// Widens the cells of header row r that stand centred over free columns, when the next row with
// text under them has it in at least two of the columns they would span.
void WidenSpanners(std::vector<SRow>& rows, std::size_t r, const ColumnLayout& layout) {
  auto& cells = rows[r].cells;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    const auto [lo, hi] = FreeColumns(cells, k, layout.cols());
    const auto [x0, x1] = Extent(cells[k]);
    const auto [a, b] = CentredSpan(layout, lo, hi, cells[k].c0, cells[k].c1, (x0 + x1) / 2);
    const std::size_t next = NextRowWith(rows, r, rows.size(), a, b);
    int below = 0;
    for (int c = a; next < rows.size() && c <= b; ++c) below += CellAt(rows[next], c) ? 1 : 0;
    if (below >= 2) cells[k].c0 = a, cells[k].c1 = b;
  }
}

// Moves the cells of header row r down into the cell of the same columns in the next header row
// with text in those columns, when close below (a column title wrapped over lines, such as
// "Age" / "group (yrs)" beside spanning header lines). Returns true when row r is left empty.
bool JoinWrappedTitles(std::vector<SRow>& rows, std::size_t r, std::size_t header) {
  auto& cells = rows[r].cells;
  for (auto it = cells.begin(); it != cells.end();) {
    const std::size_t k = NextRowWith(rows, r, header, it->c0, it->c1);
    auto below =
        k < header ? std::find_if(rows[k].cells.begin(), rows[k].cells.end(),
                                  [&](const SCell& c) { return c.c0 == it->c0 && c.c1 == it->c1; })
                   : rows[r].cells.end();
    if (k == header || below == rows[k].cells.end() || !Close(rows[r], rows[k])) {
      ++it;
      continue;
    }
    below->words.insert(below->words.begin(), it->words.begin(), it->words.end());
    it = cells.erase(it);
  }
  return cells.empty();
}

// True when header rows `a` and `b` are one row of titles set at different heights (a one-line
// title centred beside a two-line one): close, no column in both, no spanning cell in either.
bool Complementary(const SRow& a, const SRow& b) {
  if (!Close(a, b)) return false;
  for (const SRow* r : {&a, &b})
    for (const SCell& c : r->cells)
      if (c.c1 > c.c0) return false;
  return std::none_of(b.cells.begin(), b.cells.end(),
                      [&](const SCell& c) { return CellAt(a, c.c0) != nullptr; });
}

int ShapeHeader(std::vector<SRow>& rows, int header, const ColumnLayout& layout) {
  for (int r = 0; r + 1 < header; ++r) WidenSpanners(rows, static_cast<std::size_t>(r), layout);
  for (int r = header - 2; r >= 0; --r) {
    if (JoinWrappedTitles(rows, static_cast<std::size_t>(r), static_cast<std::size_t>(header))) {
      rows.erase(rows.begin() + r);
      --header;
    }
  }
  for (int r = header - 2; r >= 0; --r) {
    const auto i = static_cast<std::size_t>(r);
    if (!Complementary(rows[i], rows[i + 1])) continue;
    Merge(rows[i], rows[i + 1]);
    rows.erase(rows.begin() + r + 1);
    --header;
  }
  return header;
}

}  // namespace

const SCell* CellAt(const SRow& row, int col) {
  // Cells are sorted by column and disjoint: the candidate is the last one starting at or
  // before col (a binary search keeps wide hostile tables near-linear).
  auto it = std::upper_bound(row.cells.begin(), row.cells.end(), col,
                             [](int c, const SCell& cell) { return c < cell.c0; });
  if (it == row.cells.begin()) return nullptr;
  --it;
  return col <= it->c1 ? &*it : nullptr;
}

std::vector<SRow> SplitRows(const std::vector<StreamLine>& lines, const StreamRegion& region,
                            const ColumnLayout& layout) {
  std::vector<SRow> rows;
  for (std::size_t i = region.first; i < region.end; ++i) {
    const TextLine& line = *lines[i].line;
    SRow row{{}, line.box.y0, line.box.y1, line.box.y0, LineHeight(line)};
    for (const Word* w : line.words) {
      const double inset = kCrossShare * w->box.width();
      const int c0 = layout.ColumnOf(w->box.x0 + inset);
      const int c1 = std::max(c0, layout.ColumnOf(w->box.x1 - inset));
      if (!row.cells.empty() &&
          (c0 <= row.cells.back().c1 || WordSpaceAfter(row.cells.back(), *w))) {
        AddWords(row.cells.back(), {c0, c1, {w}});
      } else {
        row.cells.push_back({c0, c1, {w}});
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

// Joins cells whose column ranges overlap (a merge or a widening may let one reach into its
// neighbour), so that every word keeps a place in the grid.
void JoinOverlaps(SRow& row) {
  std::vector<SCell> out;
  for (SCell& c : row.cells) {
    if (!out.empty() && c.c0 <= out.back().c1) {
      AddWords(out.back(), c);
    } else {
      out.push_back(std::move(c));
    }
  }
  row.cells = std::move(out);
}

int ShapeAll(std::vector<SRow>& rows, const ColumnLayout& layout);

}  // namespace

int ShapeRows(std::vector<SRow>& rows, const ColumnLayout& layout) {
  const int header = ShapeAll(rows, layout);
  for (SRow& r : rows) JoinOverlaps(r);
  return header;
}

namespace {

int ShapeAll(std::vector<SRow>& rows, const ColumnLayout& layout) {
  // Counted over rows of two or more cells: the lines of wrapped cells are not rows of their own.
  int first_data = -1, data = 0, multi = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (first_data >= 0 && rows[i].cells.size() >= 2) ++multi;
    if (!IsDataRow(rows[i])) continue;
    if (first_data < 0) first_data = static_cast<int>(i), ++multi;
    ++data;
  }
  const bool numeric = first_data >= 0 && data >= 2 && data >= kNumericBodyShare * multi;
  int header = numeric ? first_data : 0;
  while (header > 0 && KeyOnly(rows[static_cast<std::size_t>(header - 1)])) --header;
  JoinContinuations(rows, static_cast<std::size_t>(header));
  if (!numeric) return -1;
  SpanBodyTitles(rows, static_cast<std::size_t>(header), layout);
  return ShapeHeader(rows, header, layout);
}

}  // namespace

}  // namespace tablift::pdf
