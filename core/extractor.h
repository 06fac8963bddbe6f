// The extractor plug-in point: bytes of one document in, tables out.
// Implementations: extractors/docx (DocxExtractor), extractors/pdf (PdfExtractor). An Extractor
// is stateless and may be used from several threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "core/source.h"
#include "core/table.h"

namespace tablift {

struct ExtractOptions {
  Limits limits;
  std::string password;  // PDF user/owner password; "" for none
  // PDF pages to read (1-based, ascending, no duplicates); empty means all pages.
  std::vector<int> pages;
  // PDF: use the structure tree when present (else geometry only).
  bool use_structure_tree = true;
  // PDF table finding: "auto" (structure tree when it has tables, else ruled then aligned
  // tables), "lattice" (ruling lines only), "stream" (text alignment only), "tagged" (the
  // structure tree only).
  std::string table_method = "auto";
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Reads every table of the document. Throws Error when the document cannot be read at all.
  // A document without tables returns an empty `tables` (the CLI turns that into kNoTables).
  // Document::source is filled by the caller (DescribeSource) before or after; extractors may
  // set source.pages.
  virtual Document Extract(const Source& src, const ExtractOptions& options) const = 0;
};

}  // namespace tablift
