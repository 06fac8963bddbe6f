// The tagged table builder: tables read from a tagged PDF's structure tree (Table / THead /
// TBody / TFoot / TR / TH / TD, RowSpan and ColSpan), with the marked-content text of the read
// pages. Pure functions over tagged_content.h types, so tests can feed synthetic trees.
// Thread-compatible. The rules are written down in docs/pdf.md ("Tagged PDFs").
#pragma once

#include <set>
#include <vector>

#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/table.h"
#include "extractors/pdf/tagged_content.h"
#include "extractors/pdf/tagged_text.h"

namespace tablift::pdf {

struct TaggedResult {
  // Tables in structure order, method "pdf.tagged", index 0 (the caller numbers them).
  std::vector<Table> tables;
  // Read pages holding a Table element the builder could not use (no rows or cells, or no
  // text): the caller reads those pages by geometry instead.
  std::set<int> fallback_pages;
  // Whether the tree holds any Table element with content on a read page.
  bool has_tables = false;
};

// Builds a Table from every Table element with content on `read_pages`. Rows without content on
// a read page are left out, except the table's leading header rows (TH rows, THead). Grid positions
// honour RowSpan/ColSpan of the cells above; spans are clipped to the table and to `limits`, with a
// diagnostic.
TaggedResult BuildTaggedTables(const std::vector<StructNode>& roots, const TextSources& src,
                               const std::set<int>& read_pages, const Limits& limits);

// The pages outside `read_pages` whose marked-content text BuildTaggedTables needs for the tables
// on `read_pages`: those of their leading header rows and caption candidates. The caller reads
// their marked text too, so a selection of later pages keeps column titles and caption.
std::set<int> TaggedContextPages(const std::vector<StructNode>& roots,
                                 const std::set<int>& read_pages);

}  // namespace tablift::pdf
