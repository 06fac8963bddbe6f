// The text comparison of the sample scorer (tests/tools/score-table --help), for tests that
// compare a PDF's cells with the expected export or with the DOCX the PDF was made from.
// Header-only; test code only.
#pragma once

#include <string>

#include "core/text.h"

namespace tablift::pdf {

// NFC, no-break spaces as spaces, bullets and spaces at line starts stripped, all whitespace
// collapsed to single spaces, no trailing space.
inline std::string Comparable(const std::string& text) {
  std::string nfc = NormalizeNfc(text), out;
  std::size_t pos = 0;
  bool line_start = true;
  while (pos < nfc.size()) {
    const char32_t cp = DecodeUtf8(nfc, pos);
    const bool space = cp == U' ' || cp == U'\n' || cp == U'\t' || cp == U'\u00A0';
    if (line_start && (space || IsBulletGlyph(cp))) continue;
    line_start = cp == U'\n';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    AppendUtf8(out, cp);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace tablift::pdf
