// Escaping text for XML 1.0 and recording every character XML 1.0 cannot carry.
//
// XML 1.0 forbids C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF, even as character
// references; invalid UTF-8 (and so lone surrogates) is first turned into U+FFFD. An XmlEscaper
// replaces each forbidden character with U+FFFD and remembers where it did so, so the XML
// exporter can report it as a Diagnostic ("xml.forbidden-char"). Not thread-safe: one escaper
// per file being written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace tablift {

// True for code points XML 1.0 allows in a document (its production [2] Char).
bool IsXmlChar(char32_t cp);

class XmlEscaper {
 public:
  // Element content: escapes &, < and > (so "]]>" cannot occur), keeps LF and tab, and writes
  // CR as "&#13;" so a parser does not fold it into LF.
  std::string Text(std::string_view s, std::string_view where);
  // Attribute value (without the quotes): also escapes '"', and writes tab, LF and CR as
  // character references, which survive attribute-value normalization.
  std::string Attribute(std::string_view s, std::string_view where);
  // The diagnostics collected since the last call, then forgets them. At most
  // kMaxReports individual ones; the rest are summed up in one more.
  Diagnostics TakeDiagnostics();

 private:
  // Beyond this many strings with forbidden characters per batch, report a count only: a
  // document full of control characters must not bury its other diagnostics.
  static constexpr std::size_t kMaxReports = 100;

  std::string Escape(std::string_view s, bool attribute, std::string_view where);
  void Report(std::size_t replaced, char32_t first, std::string_view where);

  Diagnostics found_;
  std::size_t unreported_ = 0;
};

}  // namespace tablift
