// The Poppler adapter: a PDF opened from memory, read one page at a time into the Poppler-free
// types of page_content.h and tagged_content.h. This header and its callers never see Poppler;
// only poppler_*.cc include Poppler's headers.
//
// Each page is interpreted once: one display pass feeds Poppler's TextOutputDev (words, lines,
// fonts), records the ruling segments of the vector graphics and, when asked, the text of every
// marked-content sequence. Poppler's own error printing is silenced; its messages during Open()
// and reading become Diagnostics. A PdfDocument is not thread-safe; separate documents may be
// used from separate threads (Poppler's global state is initialised once, thread-safely).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/deadline.h"
#include "core/diagnostic.h"
#include "extractors/pdf/page_content.h"
#include "extractors/pdf/tagged_content.h"

namespace tablift::pdf {

class PdfDocument {
 public:
  // Opens the PDF held in `bytes` (which must outlive the document), trying `password` as both
  // owner and user password ("" for none). Throws Error(kBadInput) when Poppler cannot open it
  // and Error(kPassword) when a user password is missing or wrong. Permission flags are ignored.
  // A damaged cross-reference table that Poppler rebuilds adds "pdf.xref-reconstructed".
  static std::unique_ptr<PdfDocument> Open(std::string_view bytes, const std::string& password,
                                           Diagnostics& diagnostics);
  ~PdfDocument();

  int page_count() const;

  // Reads the given pages (1-based, each within 1..page_count()). When `marked` is not null, the
  // text of every marked-content sequence with an MCID on those pages is added to it.
  std::vector<Page> ReadPages(const std::vector<int>& numbers, MarkedTextMap* marked,
                              Diagnostics& diagnostics);

  // From now on ReadPages stops drawing a page once `deadline` (which must outlive the document)
  // has passed, and throws its Error after that page.
  void SetDeadline(const Deadline& deadline);

  // The structure tree's top-level elements; empty when the document is not tagged.
  std::vector<StructNode> ReadStructureTree(Diagnostics& diagnostics);

  struct Impl;

 private:
  explicit PdfDocument(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tablift::pdf
