#include "extractors/pdf/lattice.h"

#include <algorithm>
#include <utility>

#include "extractors/pdf/page_tables.h"
#include "extractors/pdf/paragraphs.h"
#include "extractors/pdf/stitch.h"
#include "extractors/pdf/table_finder.h"

namespace tablift::pdf {
namespace {

std::string PageSpan(const char* one, const char* many, int first, int last) {
  if (first == last) return std::string(one) + " " + std::to_string(first);
  return std::string(many) + " " + std::to_string(first) + "-" + std::to_string(last);
}

Cell ToCell(StitchedCell&& sc, double pitch, int header_rows, bool ruled) {
  Cell c;
  c.pos = sc.pos;
  c.span = sc.span;
  c.header = sc.pos.row < header_rows;
  c.paragraphs = BuildParagraphs(sc.parts, pitch, /*join_wide_words=*/ruled);
  c.locator = PageSpan("page", "pages", sc.regions.front().page, sc.regions.back().page);
  c.regions = std::move(sc.regions);
  return c;
}

Table ToTable(StitchedTable&& st, int index, Diagnostics& diagnostics) {
  Table t;
  t.index = index;
  t.caption = std::move(st.caption);
  t.rows = st.rows;
  t.cols = st.cols;
  for (int r = 0; r < st.header_rows; ++r) t.header_rows.push_back(r);
  t.method = st.method;
  t.confidence = st.confidence;
  t.locator = PageSpan("page", "pages", st.regions.front().page, st.regions.back().page);
  t.regions = std::move(st.regions);
  t.row_pages = std::move(st.row_pages);
  std::vector<const CellPart*> parts;
  for (const StitchedCell& c : st.cells)
    for (const CellPart& p : c.parts) parts.push_back(&p);
  const double pitch = TypicalPitch(parts);
  t.cells.reserve(st.cells.size());
  const bool ruled = st.method != "pdf.stream";
  for (StitchedCell& c : st.cells)
    t.cells.push_back(ToCell(std::move(c), pitch, st.header_rows, ruled));
  if (std::string problem = ValidateTable(t); !problem.empty()) {
    diagnostics.push_back({Severity::kError, "pdf.lattice-invalid-grid",
                           "The ruled table's grid is inconsistent: " + problem, t.locator});
  }
  return t;
}

// The tables every finder finds on `page`, each finder leaving the boxes of earlier ones alone,
// top to bottom.
std::vector<PageTable> FindOnPage(const Page& page,
                                  const std::vector<std::unique_ptr<PageTableFinder>>& finders,
                                  Diagnostics& diagnostics) {
  std::vector<PageTable> out;
  std::vector<BBox> taken;
  for (const auto& finder : finders) {
    for (PageTable& t : finder->Find(page, taken, diagnostics)) {
      taken.push_back(t.grid.box());
      out.push_back(std::move(t));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const PageTable& a, const PageTable& b) {
    return a.grid.box().y0 < b.grid.box().y0;
  });
  return out;
}

}  // namespace

std::vector<Table> BuildLatticeTables(const std::vector<Page>& pages, Diagnostics& diagnostics) {
  return BuildGeometryTables(pages, "lattice", diagnostics);
}

std::vector<Table> BuildGeometryTables(const std::vector<Page>& pages, std::string_view method,
                                       Diagnostics& diagnostics) {
  const auto finders = FindersFor(method);
  std::vector<PageTable> found;
  for (const Page& page : pages) {
    std::vector<PageTable> on_page = FindOnPage(page, finders, diagnostics);
    for (PageTable& t : on_page) found.push_back(std::move(t));
  }
  std::vector<Table> tables;
  for (StitchedTable& st : Stitch(std::move(found), diagnostics)) {
    tables.push_back(ToTable(std::move(st), static_cast<int>(tables.size()) + 1, diagnostics));
  }
  return tables;
}

}  // namespace tablift::pdf
