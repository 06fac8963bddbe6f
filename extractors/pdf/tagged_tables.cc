#include "extractors/pdf/tagged_tables.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "core/caption.h"

namespace tablift::pdf {
namespace {

struct RowRef {
  const StructNode* node = nullptr;
  bool in_head = false;
};

bool IsCell(const StructNode& n) { return n.type == "TD" || n.type == "TH"; }

void PagesOf(const StructNode& node, std::set<int>& out) {
  for (const McRef& ref : node.content) out.insert(ref.page);
  for (const StructNode& child : node.children) PagesOf(child, out);
}

bool TouchesPages(const StructNode& node, const std::set<int>& pages) {
  std::set<int> own;
  PagesOf(node, own);
  return std::any_of(own.begin(), own.end(), [&](int p) { return pages.count(p) > 0; });
}

std::vector<RowRef> RowsOf(const StructNode& table) {
  std::vector<RowRef> rows;
  for (const StructNode& child : table.children) {
    if (child.type == "TR") rows.push_back({&child, false});
    if (child.type != "THead" && child.type != "TBody" && child.type != "TFoot") continue;
    for (const StructNode& row : child.children) {
      if (row.type == "TR") rows.push_back({&row, child.type == "THead"});
    }
  }
  return rows;
}

bool IsHeaderRow(const RowRef& r) {
  if (r.in_head) return true;
  bool any = false;
  for (const StructNode& cell : r.node->children) {
    if (cell.type == "TD") return false;
    any = any || cell.type == "TH";
  }
  return any;
}

// The rows to build: those with content on the read pages, and the table's leading header rows
// wherever they are, so a selection of later pages keeps the column titles.
std::vector<RowRef> SelectedRows(const StructNode& table, const std::set<int>& pages) {
  std::vector<RowRef> rows = RowsOf(table);
  bool leading = true;
  std::erase_if(rows, [&](const RowRef& r) {
    leading = leading && IsHeaderRow(r);
    return !leading && !TouchesPages(*r.node, pages);
  });
  return rows;
}

std::string Locator(const std::vector<PageRegion>& regions) {
  if (regions.empty()) return "";
  const int first = regions.front().page, last = regions.back().page;
  return first == last ? fmt::format("page {}", first) : fmt::format("pages {}-{}", first, last);
}

// The union of the boxes of `lines` on each page, ascending by page.
std::vector<PageRegion> RegionsOf(const std::vector<PlacedLine>& lines) {
  std::map<int, BBox> boxes;
  for (const PlacedLine& l : lines) {
    const auto [it, fresh] = boxes.emplace(l.page, l.line.box);
    if (fresh) continue;
    BBox& b = it->second;
    b = BBox{std::min(b.x0, l.line.box.x0), std::min(b.y0, l.line.box.y0),
             std::max(b.x1, l.line.box.x1), std::max(b.y1, l.line.box.y1)};
  }
  std::vector<PageRegion> out;
  for (const auto& [page, box] : boxes) out.push_back({page, box});
  return out;
}

void MergeRegions(std::vector<PageRegion>& into, const std::vector<PageRegion>& add) {
  for (const PageRegion& r : add) {
    auto it = std::find_if(into.begin(), into.end(),
                           [&](const PageRegion& x) { return x.page == r.page; });
    if (it == into.end()) {
      into.push_back(r);
      continue;
    }
    it->box = BBox{std::min(it->box.x0, r.box.x0), std::min(it->box.y0, r.box.y0),
                   std::max(it->box.x1, r.box.x1), std::max(it->box.y1, r.box.y1)};
  }
  std::sort(into.begin(), into.end(),
            [](const PageRegion& a, const PageRegion& b) { return a.page < b.page; });
}

// Places the cells of `rows` on a grid, honouring the spans of cells above.
class GridBuilder {
 public:
  GridBuilder(const TextSources& src, const Limits& limits, Table& table)
      : src_(src), limits_(limits), t_(table) {}

  void Build(const std::vector<RowRef>& rows) {
    const int nrows = static_cast<int>(std::min<std::size_t>(rows.size(), limits_.max_grid_rows));
    if (static_cast<std::size_t>(nrows) < rows.size()) {
      Note("pdf.tagged-too-many-rows", fmt::format("only the first {} rows are kept", nrows));
    }
    t_.rows = nrows;
    occupied_.assign(static_cast<std::size_t>(nrows), {});
    for (int r = 0; r < nrows; ++r)
      Row(*rows[static_cast<std::size_t>(r)].node, r, rows[static_cast<std::size_t>(r)].in_head);
    Finish(rows);
  }

 private:
  void Row(const StructNode& row, int r, bool in_head) {
    int c = 0;
    for (const StructNode& cell : row.children) {
      if (!IsCell(cell)) continue;
      while (Occupied(r, c)) ++c;
      if (c >= limits_.max_grid_cols || t_.cells.size() >= limits_.max_cells_per_table) {
        Note("pdf.tagged-cells-dropped",
             fmt::format("row {}: cells beyond the limits dropped", r + 1));
        return;
      }
      Span span{std::clamp(cell.row_span, 1, t_.rows - r),
                std::clamp(cell.col_span, 1, limits_.max_grid_cols - c)};
      if (span.rows != cell.row_span || span.cols != cell.col_span) {
        Note("pdf.tagged-span-clipped",
             fmt::format("row {} column {}: span clipped to the table", r + 1, c + 1));
      }
      span = Fit(r, c, span);
      Place(cell, GridPos{r, c}, span, in_head || cell.type == "TH");
      c += span.cols;
    }
  }

  // Shrinks a column span so it does not run into a slot taken by a row-spanning cell above.
  Span Fit(int r, int c, Span span) {
    for (int k = 1; k < span.cols; ++k) {
      if (Occupied(r, c + k)) {
        Note("pdf.tagged-span-clipped",
             fmt::format("row {} column {}: span overlaps a cell above", r + 1, c + 1));
        span.cols = k;
        break;
      }
    }
    return span;
  }

  void Place(const StructNode& node, GridPos pos, Span span, bool header) {
    for (int r = pos.row; r < pos.row + span.rows; ++r) {
      auto& row = occupied_[static_cast<std::size_t>(r)];
      if (row.size() < static_cast<std::size_t>(pos.col + span.cols))
        row.resize(static_cast<std::size_t>(pos.col + span.cols), 0);
      std::fill(row.begin() + pos.col, row.begin() + pos.col + span.cols, 1);
    }
    Cell cell;
    cell.pos = pos;
    cell.span = span;
    cell.header = header;
    cell.paragraphs = ParagraphsOf(node, src_);
    cell.regions = RegionsOf(LinesOf(node, src_));
    cell.locator = Locator(cell.regions);
    CapText(cell);
    t_.cols = std::max(t_.cols, pos.col + span.cols);
    t_.cells.push_back(std::move(cell));
  }

  void CapText(Cell& cell) {
    std::size_t budget = limits_.max_cell_text_bytes;
    for (Paragraph& p : cell.paragraphs) {
      if (p.text.size() <= budget) {
        budget -= p.text.size();
        continue;
      }
      std::size_t cut = budget;
      while (cut > 0 && (static_cast<unsigned char>(p.text[cut]) & 0xC0) == 0x80) --cut;
      p.text.resize(cut);
      budget = 0;
      Note("pdf.cell-text-cut",
           fmt::format("row {} column {}: text cut at {} bytes", cell.pos.row + 1, cell.pos.col + 1,
                       limits_.max_cell_text_bytes));
    }
  }

  bool Occupied(int r, int c) const {
    const auto& row = occupied_[static_cast<std::size_t>(r)];
    return static_cast<std::size_t>(c) < row.size() && row[static_cast<std::size_t>(c)];
  }

  void Finish(const std::vector<RowRef>& rows) {
    std::sort(t_.cells.begin(), t_.cells.end(),
              [](const Cell& a, const Cell& b) { return a.pos < b.pos; });
    std::vector<bool> all_th(static_cast<std::size_t>(t_.rows), true),
        any(static_cast<std::size_t>(t_.rows), false);
    for (const Cell& c : t_.cells) {
      any[static_cast<std::size_t>(c.pos.row)] = true;
      all_th[static_cast<std::size_t>(c.pos.row)] =
          all_th[static_cast<std::size_t>(c.pos.row)] && c.header;
      MergeRegions(t_.regions, c.regions);
    }
    for (int r = 0; r < t_.rows; ++r) {
      if ((any[static_cast<std::size_t>(r)] && all_th[static_cast<std::size_t>(r)]) ||
          rows[static_cast<std::size_t>(r)].in_head)
        t_.header_rows.push_back(r);
    }
    RowPages();
    t_.locator = Locator(t_.regions);
  }

  void RowPages() {
    t_.row_pages.assign(static_cast<std::size_t>(t_.rows), 0);
    for (const Cell& c : t_.cells) {
      if (c.regions.empty()) continue;
      int& page = t_.row_pages[static_cast<std::size_t>(c.pos.row)];
      page = page == 0 ? c.regions.front().page : std::min(page, c.regions.front().page);
    }
    int last = t_.regions.empty() ? 0 : t_.regions.front().page;
    for (int& page : t_.row_pages) page = page == 0 ? last : (last = page);
  }

  void Note(const std::string& code, const std::string& message) {
    t_.diagnostics.push_back({Severity::kWarning, code, message, t_.locator});
  }

  const TextSources& src_;
  const Limits& limits_;
  Table& t_;
  std::vector<std::vector<char>> occupied_;
};

class TableFinder {
 public:
  TableFinder(const TextSources& src, const std::set<int>& pages, const Limits& limits)
      : src_(src), pages_(pages), limits_(limits) {}

  void Walk(const std::vector<StructNode>& siblings) {
    const StructNode* previous = nullptr;
    for (const StructNode& node : siblings) {
      if (node.type == "Table") {
        if (TouchesPages(node, pages_)) Build(node, previous);
      } else {
        Walk(node.children);
      }
      previous = &node;
    }
  }

  TaggedResult Take() { return std::move(result_); }

 private:
  void Build(const StructNode& node, const StructNode* previous) {
    result_.has_tables = true;
    const std::vector<RowRef> rows = SelectedRows(node, pages_);
    Table table;
    table.method = "pdf.tagged";
    table.caption = Caption(node, previous);
    GridBuilder(src_, limits_, table).Build(rows);
    const bool has_text = std::any_of(table.cells.begin(), table.cells.end(),
                                      [](const Cell& c) { return !c.paragraphs.empty(); });
    if (table.cells.empty() || !has_text) {
      std::set<int> own;
      PagesOf(node, own);
      for (int p : own) {
        if (pages_.count(p)) result_.fallback_pages.insert(p);
      }
      return;
    }
    result_.tables.push_back(std::move(table));
  }

  std::string Caption(const StructNode& table, const StructNode* previous) {
    for (const StructNode& child : table.children) {
      if (child.type == "Caption") return JoinLines(LinesOf(child, src_), src_);
    }
    if (!previous) return "";
    std::string text = JoinLines(LinesOf(*previous, src_), src_);
    if (previous->type == "Caption" || StartsWithTableLabel(text)) return text;
    return "";
  }

  const TextSources& src_;
  const std::set<int>& pages_;
  const Limits& limits_;
  TaggedResult result_;
};

// Collects the pages of the leading header rows and the caption candidates of the tables on the
// read pages.
void CollectContextPages(const std::vector<StructNode>& siblings, const std::set<int>& pages,
                         std::set<int>& out) {
  const StructNode* previous = nullptr;
  for (const StructNode& node : siblings) {
    if (node.type != "Table") {
      CollectContextPages(node.children, pages, out);
    } else if (TouchesPages(node, pages)) {
      for (const RowRef& r : SelectedRows(node, pages)) PagesOf(*r.node, out);
      for (const StructNode& child : node.children) {
        if (child.type == "Caption") PagesOf(child, out);
      }
      if (previous) PagesOf(*previous, out);
    }
    previous = &node;
  }
}

}  // namespace

std::set<int> TaggedContextPages(const std::vector<StructNode>& roots,
                                 const std::set<int>& read_pages) {
  std::set<int> out;
  CollectContextPages(roots, read_pages, out);
  for (int p : read_pages) out.erase(p);
  out.erase(0);
  return out;
}

TaggedResult BuildTaggedTables(const std::vector<StructNode>& roots, const TextSources& src,
                               const std::set<int>& read_pages, const Limits& limits) {
  TableFinder finder(src, read_pages, limits);
  finder.Walk(roots);
  return finder.Take();
}

}  // namespace tablift::pdf
