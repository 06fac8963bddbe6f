#include "core/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace tablift {

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t DecodeUtf8(std::string_view s, std::size_t& pos) {
  // Hand-written rather than utf8proc_iterate: this runs for every character of every cell.
  const unsigned char lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t extra = 0;
  char32_t cp = 0, smallest = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    extra = 1, cp = lead & 0x1F, smallest = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    extra = 2, cp = lead & 0x0F, smallest = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    extra = 3, cp = lead & 0x07, smallest = 0x10000;
  }
  bool ok = extra > 0 && s.size() - pos > extra;
  for (std::size_t i = 1; ok && i <= extra; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[pos + i]);
    ok = (c & 0xC0) == 0x80;
    cp = (cp << 6) | (c & 0x3F);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are malformed too.
  if (!ok || cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return 0xFFFD;
  }
  pos += extra + 1;
  return cp;
}

bool IsBulletGlyph(char32_t cp) {
  switch (cp) {
    case 0x2022:
    case 0x00B7:
    case 0x25AA:
    case 0x25CF:
    case 0x25E6:
    case 0x2043:
    case 0x2219:
    case 0x25A0:
    case 0x25AB:
    case 0x25A1:
    case 0x27A2:
    case 0x2023:
    // Symbol, Wingdings and OpenSymbol private-use bullets.
    case 0xF0B7:
    case 0xF0A7:
    case 0xF076:
    case 0xF0D8:
    case 0xF0FC:
    case 0xF06E:
    case 0xF0A8:
    case 0xF0B2:
    case 0xF06C:
    case 0xF0E0:
    case 0xE00A:
    case 0xE00C:
      return true;
    default:
      return false;
  }
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t run = 0;  // start of the valid bytes not yet copied
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    // Malformed input decodes as U+FFFD consuming one byte; a real U+FFFD takes three.
    if (DecodeUtf8(s, pos) == 0xFFFD && pos - start == 1) {
      out.append(s.substr(run, start - run));
      AppendUtf8(out, 0xFFFD);
      run = pos;
    }
  }
  out.append(s.substr(run));
  return out;
}

namespace {

// Code points that NFC leaves alone whatever surrounds them: no canonical decomposition, no
// composition with a neighbour, combining class 0 (Unicode NFC_Quick_Check=Yes and not a
// composition's second half). A conservative list of the ranges reports actually use: all of
// Latin below the combining diacritics (U+0300), general punctuation without the two
// singletons U+2000/U+2001, currency signs, geometric shapes (bullets) and the private-use
// area (Symbol-font glyphs). Anything else goes through utf8proc.
bool IsNfcStable(char32_t cp) {
  return cp < 0x300 || (cp >= 0x2010 && cp <= 0x2064) || (cp >= 0x20A0 && cp <= 0x20C0) ||
         (cp >= 0x25A0 && cp <= 0x25FF) || (cp >= 0xE000 && cp <= 0xF8FF);
}

// True when NFC would return the (valid UTF-8) text unchanged: the fast path for plain text.
bool IsTriviallyNfc(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    if (!IsNfcStable(DecodeUtf8(s, pos))) return false;
  }
  return true;
}

}  // namespace

std::string NormalizeNfc(std::string_view s) {
  const std::string clean = SanitizeUtf8(s);
  if (IsTriviallyNfc(clean)) return clean;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfc(
      utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(clean.c_str())), &std::free);
  if (!nfc) return clean;
  return std::string(reinterpret_cast<const char*>(nfc.get()));
}

}  // namespace tablift
