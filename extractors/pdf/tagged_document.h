// A PDF read for table extraction: opened, its pages selected and read (words, rules and, for a
// tagged PDF, marked-content text), checked for a text layer, and its structure tree turned into
// tables where it has them. PdfExtractor adds the lattice tables for the pages this leaves to
// geometry. Kept apart from the extractor so the reading and the tagged path are testable alone.
// Thread-safe in the sense that separate calls share nothing.
#pragma once

#include <set>
#include <vector>

#include "core/extractor.h"
#include "extractors/pdf/page_content.h"
#include "extractors/pdf/tagged_tables.h"

namespace tablift::pdf {

struct ReadDocument {
  int page_count = 0;
  std::vector<Page> pages;           // the selected pages, ascending
  std::vector<Table> tagged_tables;  // from the structure tree, in structure order
  std::set<int> geometry_pages;      // pages whose tables come from ruling lines instead
  Diagnostics diagnostics;           // document-level problems
};

// Reads `src` as `options` say. Throws Error(kBadInput) for an unreadable PDF or a page out of
// range, Error(kPassword) for a missing or wrong user password, Error(kNoText) when no selected
// page has a word. A selected page without words adds "pdf.page-no-text".
ReadDocument ReadPdf(const Source& src, const ExtractOptions& options);

}  // namespace tablift::pdf
