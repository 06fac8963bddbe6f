// UTF-8 helpers shared by the stages: decoding, encoding and the mapping of bullet glyphs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tablift {

// Appends the UTF-8 encoding of a code point (invalid ones become U+FFFD).
void AppendUtf8(std::string& out, char32_t cp);

// Decodes the code point at `pos` and advances `pos`; malformed bytes decode as U+FFFD (one byte
// consumed), so decoding always terminates.
char32_t DecodeUtf8(std::string_view s, std::size_t& pos);

// True for glyphs that documents use as list bullets: U+2022, U+00B7, U+25AA, U+25CF, U+25E6,
// U+2043, U+2219, U+25A0, U+F0B7 (Symbol), U+F0A7 (Wingdings), U+F076, U+F0D8, U+F0FC and other
// private-use bullet glyphs of Symbol, Wingdings and OpenSymbol.
bool IsBulletGlyph(char32_t cp);

// Replaces invalid UTF-8 with U+FFFD.
std::string SanitizeUtf8(std::string_view s);

// Unicode NFC (via utf8proc). Invalid input is sanitized first.
std::string NormalizeNfc(std::string_view s);

}  // namespace tablift
