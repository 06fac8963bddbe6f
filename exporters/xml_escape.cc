#include "exporters/xml_escape.h"

#include <fmt/core.h>

#include <cstdint>

#include "core/text.h"

namespace tablift {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// The escape for a character that cannot appear literally, or nullptr.
const char* EscapeFor(char32_t cp, bool attribute) {
  switch (cp) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '\r':
      return "&#13;";
    case '"':
      return attribute ? "&quot;" : nullptr;
    case '\n':
      return attribute ? "&#10;" : nullptr;
    case '\t':
      return attribute ? "&#9;" : nullptr;
    default:
      return nullptr;
  }
}

}  // namespace

bool IsXmlChar(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

std::string XmlEscaper::Text(std::string_view s, std::string_view where) {
  return Escape(s, false, where);
}

std::string XmlEscaper::Attribute(std::string_view s, std::string_view where) {
  return Escape(s, true, where);
}

std::string XmlEscaper::Escape(std::string_view s, bool attribute, std::string_view where) {
  const std::string clean = SanitizeUtf8(s);
  std::string out;
  out.reserve(clean.size());
  std::size_t replaced = 0;
  char32_t first = 0;
  for (std::size_t pos = 0; pos < clean.size();) {
    const char byte = clean[pos];
    if (byte > 0x20 && byte < 0x7F && byte != '&' && byte != '<' && byte != '>' &&
        byte != '"') {  // printable ASCII that needs no escape: the common case
      out += byte;
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = DecodeUtf8(clean, pos);
    if (!IsXmlChar(cp)) {
      if (replaced++ == 0) first = cp;
      AppendUtf8(out, kReplacement);
    } else if (const char* esc = EscapeFor(cp, attribute)) {
      out += esc;
    } else {
      out.append(clean, start, pos - start);
    }
  }
  if (replaced) Report(replaced, first, where);
  return out;
}

void XmlEscaper::Report(std::size_t replaced, char32_t first, std::string_view where) {
  if (found_.size() >= kMaxReports) {
    ++unreported_;
    return;
  }
  found_.push_back({Severity::kWarning, "xml.forbidden-char",
                    fmt::format("replaced {} character(s) that XML 1.0 forbids (the first "
                                "U+{:04X}) with U+FFFD",
                                replaced, static_cast<std::uint32_t>(first)),
                    std::string(where)});
}

Diagnostics XmlEscaper::TakeDiagnostics() {
  Diagnostics out = std::move(found_);
  found_.clear();
  if (unreported_) {
    out.push_back({Severity::kWarning, "xml.forbidden-char",
                   fmt::format("{} more string(s) had characters that XML 1.0 forbids replaced "
                               "with U+FFFD",
                               unreported_),
                   ""});
    unreported_ = 0;
  }
  return out;
}

}  // namespace tablift
