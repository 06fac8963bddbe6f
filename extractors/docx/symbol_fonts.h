// Mapping of w:sym characters (a symbol font plus a code) to Unicode.
//
// Word stores symbols as a font name and a code, often in the private-use range F020..F0FF
// ("F0B7" in Symbol is a bullet). Symbol is mapped completely (Adobe's Symbol encoding);
// Wingdings for the glyphs documents use as bullets, check marks, boxes and arrows. Any code
// that maps to a bullet glyph (core/text.h IsBulletGlyph) becomes U+2022. Unknown fonts and
// codes keep their code point. Pure functions; thread-safe.
#pragma once

#include <string_view>

namespace tablift::docx {

// The Unicode character for `code` (as written in w:char, e.g. 0xF0B7) in `font`.
char32_t MapSymbolChar(std::string_view font, char32_t code);

// Parses a w:char value ("F0B7"); nullopt-like 0 when it is not 1-6 hex digits.
char32_t ParseSymbolCode(std::string_view hex);

}  // namespace tablift::docx
