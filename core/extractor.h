// The extractor plug-in point: bytes of one document in, tables out.
// Implementations: extractors/docx (DocxExtractor), extractors/pdf (PdfExtractor); the registry
// (extractors/registry.h) picks the one that Reads() a source. An Extractor is stateless and
// may be used from several threads at once.
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
  // The format's short lowercase name, written as SourceInfo::format ("docx", "pdf").
  virtual const char* FormatName() const = 0;
  // The format as messages name it, e.g. "DOCX (OOXML word processing)".
  virtual const char* Title() const = 0;
  // True when the bytes are this format (never judged by the file name). Reads at most a few
  // small package entries under limits.max_entry_bytes. Throws Error(kBadInput) only when the
  // bytes claim a container it reads (a ZIP) that is corrupt.
  virtual bool Reads(const Source& src, const Limits& limits) const = 0;
  // Reads every table of the document. Throws Error when the document cannot be read at all.
  // A document without tables returns an empty `tables` (the CLI turns that into kNoTables).
  // Document::source is filled by the caller (DescribeSource) before or after; extractors may
  // set source.pages.
  virtual Document Extract(const Source& src, const ExtractOptions& options) const = 0;
};

}  // namespace tablift
