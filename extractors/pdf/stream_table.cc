#include "extractors/pdf/stream_table.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "core/text.h"
#include "extractors/pdf/stream_checks.h"
#include "extractors/pdf/stream_rows.h"

namespace tablift::pdf {
namespace {

std::string Locator(int page) { return "page " + std::to_string(page); }

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
  if (std::string why = NotATable(rows, layout.cols()); !why.empty()) {
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
  PageTable t = ToPageTable(rows, layout, page_number, header_rows);
  t.confidence = Confidence(rows, layout.cols(), header_rows);
  return t;
}

}  // namespace tablift::pdf
