// PdfExtractor: the tables of a PDF, from its structure tree when tagged (method "pdf.tagged")
// else from ruling lines and words (method "pdf.lattice"), stitched across pages.
// Stateless and thread-safe. See docs/pdf.md for the rules.
#pragma once

#include "core/extractor.h"

namespace tablift {

class PdfExtractor final : public Extractor {
 public:
  // "%PDF-" within the first 1024 bytes (DetectFormat: readers accept junk before the header).
  // Throws Error(kBadInput) for a PDF Poppler cannot open, Error(kPassword) when a user
  // password is needed or the given one is wrong, Error(kNoText) when no selected page has text.
  Document Extract(const Source& src, const ExtractOptions& options) const override;
  const char* FormatName() const override { return "pdf"; }
  const char* Title() const override { return "PDF"; }
  bool Reads(const Source& src, const Limits& limits) const override;
};

}  // namespace tablift
