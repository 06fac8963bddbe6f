// OdtExtractor: every table of an OpenDocument text (.odt) package, via libzip + pugixml.
// Stateless and thread-safe. See docs/odt.md for what is read and how.
#pragma once

#include "core/extractor.h"

namespace tablift {

class OdtExtractor final : public Extractor {
 public:
  // Throws Error(kBadInput) for: a truncated/corrupt ZIP, no content.xml, malformed XML in
  // content.xml or styles.xml (naming the part and the offset), a part that is no OpenDocument,
  // an entry inflating past options.limits.max_entry_bytes, an encrypted entry. Problems
  // confined to a table are diagnostics (docs/odt.md lists them).
  Document Extract(const Source& src, const ExtractOptions& options) const override;
  const char* FormatName() const override { return "odt"; }
  const char* Title() const override { return "ODT (ODF text)"; }
  // A ZIP whose "mimetype" entry is application/vnd.oasis.opendocument.text (or its template).
  bool Reads(const Source& src, const Limits& limits) const override;
};

}  // namespace tablift
