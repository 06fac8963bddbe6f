#include "extractors/pdf/stitch.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace tablift::pdf {
namespace {

// The key rule applies when at least this share of the body rows, and at least kMinKeyRows of
// them, start their first cell with a key (a first word containing a digit: "9a.", "12", "A-3").
constexpr double kKeyRowShare = 0.75;
constexpr int kMinKeyRows = 2;

std::vector<const GridCell*> RowCells(const PageGrid& g, int r) {
  std::vector<const GridCell*> out;
  for (const GridCell& c : g.cells)
    if (c.pos.row == r) out.push_back(&c);
  return out;
}

const std::vector<TextLine>& LinesOf(const PageTable& t, const GridCell& c) {
  return t.cell_lines[static_cast<std::size_t>(&c - t.grid.cells.data())];
}

bool FullWidth(const PageGrid& g, const std::vector<const GridCell*>& row) {
  return g.cols() > 1 && row.size() == 1 && row.front()->span.cols == g.cols();
}

bool RowIsBold(const PageTable& t, const std::vector<const GridCell*>& row) {
  bool any = false;
  for (const GridCell* c : row) {
    for (const TextLine& l : LinesOf(t, *c)) {
      if (!l.bold) return false;
      any = true;
    }
  }
  return any;
}

// Leading rows set in bold, up to the first full-width (section) row; 0 when every row is bold
// (then boldness says nothing).
int BoldHeaderRows(const PageTable& t) {
  int h = 0;
  while (h < t.grid.rows()) {
    const auto row = RowCells(t.grid, h);
    if (FullWidth(t.grid, row) || !RowIsBold(t, row)) break;
    ++h;
  }
  return h < t.grid.rows() ? h : 0;
}

// The finder's header rows when it knows them, else the bold leading rows.
int HeaderRows(const PageTable& t) {
  return t.header_rows >= 0 ? t.header_rows : BoldHeaderRows(t);
}

bool RowHasText(const PageTable& t, int r) {
  for (const GridCell* c : RowCells(t.grid, r))
    if (!LinesOf(t, *c).empty()) return true;
  return false;
}

std::string RowKey(const PageTable& t, int r) {
  std::string key;
  for (const GridCell* c : RowCells(t.grid, r)) {
    key += std::to_string(c->pos.col) + ":" + std::to_string(c->span.cols) + ":" +
           CellKey(LinesOf(t, *c)) + "|";
  }
  return key;
}

std::string PartsText(const std::vector<CellPart>& parts) {
  std::string s;
  for (const CellPart& p : parts) s += CellKey(p.lines);
  return s;
}

bool StartsWithKey(const std::string& text) {
  const std::string first = text.substr(0, text.find(' '));
  return std::any_of(first.begin(), first.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

struct Builder {
  StitchedTable t;
  std::vector<std::string> first_rows;  // RowKey of each row on the first page
  int bold_headers = 0;
  int repeated_headers = 0;
  int last_page = 0;
  // Per row: whether its first cell starts with a key (1), has text without one (0), or is
  // empty or a full-width section (-1). Kept as rows are added, for the key rule.
  std::vector<int> row_key;
};

// Records the key state of a row whose first cell is `c` (added at the table's grid row c.pos.row).
void NoteFirstCell(Builder& b, const StitchedCell& c) {
  if (c.pos.col != 0) return;
  b.row_key.resize(static_cast<std::size_t>(c.pos.row) + 1, -1);
  const std::string text = PartsText(c.parts);
  const bool section = c.span.cols == b.t.cols && b.t.cols > 1;
  b.row_key[static_cast<std::size_t>(c.pos.row)] =
      text.empty() || section ? -1 : (StartsWithKey(text) ? 1 : 0);
}

Builder Start(PageTable pt) {
  Builder b;
  b.t.rows = pt.grid.rows();
  b.t.cols = pt.grid.cols();
  b.t.xs = pt.grid.xs;
  b.t.caption = pt.caption;
  b.t.row_pages.assign(static_cast<std::size_t>(b.t.rows), pt.page);
  b.t.regions.push_back({pt.page, pt.grid.box()});
  for (int r = 0; r < b.t.rows; ++r) b.first_rows.push_back(RowKey(pt, r));
  b.bold_headers = b.t.header_rows = HeaderRows(pt);
  b.t.method = pt.method;
  b.t.confidence = pt.confidence;
  for (std::size_t i = 0; i < pt.grid.cells.size(); ++i) {
    const GridCell& c = pt.grid.cells[i];
    b.t.cells.push_back(
        {c.pos, c.span, {{c.box, std::move(pt.cell_lines[i])}}, {{pt.page, c.box}}});
    NoteFirstCell(b, b.t.cells.back());
  }
  b.last_page = pt.page;
  return b;
}

// Same column count and boundaries within `tol`, either in place or all shifted by the same
// amount (mirrored margins move a table on even pages as a whole).
bool SameColumns(const std::vector<double>& a, const std::vector<double>& b, double tol) {
  if (a.size() != b.size()) return false;
  bool in_place = true, shifted = true;
  for (std::size_t i = 0; i < a.size(); ++i) {
    in_place = in_place && std::abs(a[i] - b[i]) <= tol;
    shifted = shifted && std::abs((a[i] - a[0]) - (b[i] - b[0])) <= tol;
  }
  return in_place || shifted;
}

// The column edges to compare: a stream table's right edge is where its longest text ends,
// which differs from page to page; its left edge and boundaries hold.
std::vector<double> ColumnsToCompare(const std::string& method, const std::vector<double>& xs) {
  if (method != "pdf.stream" || xs.size() < 2) return xs;
  return {xs.begin(), xs.end() - 1};
}

int RepeatedRows(const Builder& b, const PageTable& pt) {
  int k = 0;
  while (k < pt.grid.rows() && static_cast<std::size_t>(k) < b.first_rows.size() &&
         RowHasText(pt, k) && RowKey(pt, k) == b.first_rows[static_cast<std::size_t>(k)]) {
    ++k;
  }
  return k;
}

// `pt` continues `b` when it is the first table on the page after b's last page, has the same
// columns, and does not open a table of its own: no caption of its own, and no bold header rows
// other than a repeat of b's first rows.
bool Continues(const Builder& b, const PageTable& pt, bool first_on_page,
               const StitchTolerances& tol) {
  if (!first_on_page || b.last_page != pt.page - 1 || !pt.caption.empty()) return false;
  if (pt.method != b.t.method) return false;
  if (!SameColumns(ColumnsToCompare(b.t.method, b.t.xs), ColumnsToCompare(pt.method, pt.grid.xs),
                   pt.method == "pdf.stream" ? tol.same_stream_column : tol.same_column)) {
    return false;
  }
  return HeaderRows(pt) == 0 || RepeatedRows(b, pt) > 0;
}

// The cell of the stitched table covering (row, col), or nullptr. Searched from the end: callers
// ask about the last row.
StitchedCell* CellCovering(StitchedTable& t, int row, int col) {
  for (auto it = t.cells.rbegin(); it != t.cells.rend(); ++it) {
    StitchedCell& c = *it;
    if (row >= c.pos.row && row < c.pos.row + c.span.rows && col >= c.pos.col &&
        col < c.pos.col + c.span.cols)
      return &c;
  }
  return nullptr;
}

// True when the body rows' first cells mostly start with a key and `first` does not.
bool LacksKey(const Builder& b, const std::string& first) {
  int body = 0, keyed = 0;
  for (std::size_t r = static_cast<std::size_t>(b.t.header_rows); r < b.row_key.size(); ++r) {
    body += b.row_key[r] >= 0 ? 1 : 0;
    keyed += b.row_key[r] == 1 ? 1 : 0;
  }
  return keyed >= kMinKeyRows && keyed >= kKeyRowShare * body && !first.empty() &&
         !StartsWithKey(first);
}

}  // namespace

namespace {

// A page break split the previous page's last row when the continuation's first row has the
// same cells as that row and: its top border is not drawn; or its first cell is empty while its
// other cells have text and the previous row's first cell has text; or the table's body rows
// start with keys and this row's first cell does not.
// Returns the rule that applied ("" when the row is not split).
std::string SplitRowRule(Builder& b, const PageTable& pt, int r0) {
  if (r0 >= pt.grid.rows() || b.t.rows <= b.t.header_rows) return "";
  const int last = b.t.rows - 1;
  std::string first, prev_first;
  bool others = false;
  for (const GridCell* c : RowCells(pt.grid, r0)) {
    StitchedCell* target = CellCovering(b.t, last, c->pos.col);
    if (c->span.rows != 1 || !target || target->pos.col != c->pos.col ||
        target->span.cols != c->span.cols)
      return "";
    const std::string text = CellKey(LinesOf(pt, *c));
    if (c->pos.col == 0) {
      first = text;
      prev_first = PartsText(target->parts);
    } else {
      others = others || !text.empty();
    }
  }
  if (!pt.grid.ys_ruled[static_cast<std::size_t>(r0)]) return "its top border is not drawn";
  if (first.empty() && others && !prev_first.empty()) return "its first cell is empty";
  return LacksKey(b, first) ? "its first cell has no key" : "";
}

void Append(Builder& b, PageTable pt, Diagnostics& diagnostics) {
  const int repeated = RepeatedRows(b, pt);
  if (repeated > 0) b.repeated_headers = std::max(b.repeated_headers, repeated);
  b.t.header_rows = b.repeated_headers > 0 ? b.repeated_headers : b.bold_headers;
  int start = repeated;
  if (const std::string rule = SplitRowRule(b, pt, start); !rule.empty()) {
    diagnostics.push_back(
        {Severity::kInfo, "pdf.lattice-row-rejoined",
         "The first row on this page continues the previous page's last row: " + rule + ".",
         "page " + std::to_string(pt.page)});
    for (const GridCell* c : RowCells(pt.grid, start)) {
      StitchedCell* target = CellCovering(b.t, b.t.rows - 1, c->pos.col);
      target->parts.push_back({c->box, LinesOf(pt, *c)});
      target->regions.push_back({pt.page, c->box});
    }
    ++start;
  }
  const int offset = b.t.rows - start;
  for (std::size_t i = 0; i < pt.grid.cells.size(); ++i) {
    const GridCell& c = pt.grid.cells[i];
    if (c.pos.row + c.span.rows <= start) continue;
    // A cell reaching down from the dropped rows keeps only its part below them.
    const int top = std::max(c.pos.row, start);
    const Span span{c.pos.row + c.span.rows - top, c.span.cols};
    b.t.cells.push_back({{top + offset, c.pos.col},
                         span,
                         {{c.box, std::move(pt.cell_lines[i])}},
                         {{pt.page, c.box}}});
    NoteFirstCell(b, b.t.cells.back());
  }
  b.t.rows += pt.grid.rows() - start;
  b.t.row_pages.resize(static_cast<std::size_t>(b.t.rows), pt.page);
  b.t.regions.push_back({pt.page, pt.grid.box()});
  b.t.confidence = std::min(b.t.confidence, pt.confidence);
  b.last_page = pt.page;
}

}  // namespace

std::string CellKey(const std::vector<TextLine>& lines) {
  std::string key;
  for (const TextLine& l : lines) {
    if (!key.empty()) key += ' ';
    key += JoinWords(l.words);
  }
  return key;
}

std::vector<StitchedTable> Stitch(std::vector<PageTable> tables, Diagnostics& diagnostics,
                                  const StitchTolerances& tol) {
  std::vector<Builder> built;
  int prev_page = 0;
  for (PageTable& pt : tables) {
    const bool first_on_page = pt.page != prev_page;
    prev_page = pt.page;
    if (!built.empty() && Continues(built.back(), pt, first_on_page, tol)) {
      Append(built.back(), std::move(pt), diagnostics);
    } else {
      built.push_back(Start(std::move(pt)));
    }
  }
  std::vector<StitchedTable> out;
  out.reserve(built.size());
  for (Builder& b : built) out.push_back(std::move(b.t));
  return out;
}

}  // namespace tablift::pdf
