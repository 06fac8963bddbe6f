// DocxExtractor: every table of a WordprocessingML (.docx) package, via libzip + pugixml.
// Stateless and thread-safe. See docs/docx.md for what is read and how.
#pragma once

#include "core/extractor.h"

namespace tablift {

class DocxExtractor final : public Extractor {
 public:
  // A ZIP with word/document.xml, or whose [Content_Types].xml declares WordprocessingML parts
  // (the main part may then live elsewhere, found through _rels/.rels).
  // Throws Error(kBadInput) for: not a ZIP, a truncated/corrupt ZIP, no main document part,
  // malformed XML in a part (naming the part and the offset), an entry inflating past
  // options.limits.max_entry_bytes, an encrypted entry. Problems confined to a table are
  // diagnostics (docs/docx.md lists them). Document::source is left to the caller.
  Document Extract(const Source& src, const ExtractOptions& options) const override;
  const char* FormatName() const override { return "docx"; }
  const char* Title() const override { return "DOCX (OOXML word processing)"; }
  bool Reads(const Source& src, const Limits& limits) const override;
};

}  // namespace tablift
