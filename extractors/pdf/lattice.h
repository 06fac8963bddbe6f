// The lattice builder: ruled tables from words and ruling segments, stitched across pages.
// Pure geometry on page_content.h types (no Poppler), so it is testable on synthetic pages.
// The rules are written down in docs/pdf.md.
#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/table.h"
#include "extractors/pdf/page_content.h"

namespace tablift::pdf {

// Finds the ruled tables on the pages (ascending page numbers), joins tables continued on the
// next page into one logical Table (dropping repeated header rows, rejoining rows split by the
// page break), and returns them in document order with index 1..n, method "pdf.lattice",
// captions, regions and row_pages filled. Problems go to `diagnostics`.
std::vector<Table> BuildLatticeTables(const std::vector<Page>& pages, Diagnostics& diagnostics);

// The same with the page finders of `method` (table_finder.h: "auto", "lattice", "stream");
// each table's method is its finder's.
std::vector<Table> BuildGeometryTables(const std::vector<Page>& pages, std::string_view method,
                                       Diagnostics& diagnostics);

}  // namespace tablift::pdf
