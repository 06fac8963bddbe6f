#include "core/caption.h"

#include <cctype>

namespace tablift {
namespace {

constexpr std::string_view kLabels[] = {"tabelle", "tableau", "tabella", "tabela",   "tabell",
                                        "tabla",   "table",   "tabel",   "taulukko", "tab."};
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kUpperRoman = "IVXLC";
constexpr std::string_view kLowerRoman = "ivxlc";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsPunct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
char AsciiLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// The length of the white space (ASCII white space, no-break spaces) at `pos`.
std::size_t SpaceAt(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  for (;;) {
    if (end < s.size() && std::string_view(" \t\n\v\f\r").find(s[end]) != std::string_view::npos) {
      ++end;
    } else if (s.substr(end, kNoBreakSpace.size()) == kNoBreakSpace) {
      end += kNoBreakSpace.size();
    } else {
      return end - pos;
    }
  }
}

bool StartsWithRoman(std::string_view s) {
  const std::string_view letters =
      kLowerRoman.find(s[0]) != std::string_view::npos ? kLowerRoman : kUpperRoman;
  std::size_t i = 0;
  while (i < s.size() && letters.find(s[i]) != std::string_view::npos) ++i;
  if (i == 0) return false;
  if (i == s.size() || IsPunct(s[i])) return true;
  return letters == kUpperRoman && SpaceAt(s, i) > 0;
}

// `s` (not empty) starts with a table number.
bool StartsWithNumber(std::string_view s) {
  if (IsDigit(s[0]) || StartsWithRoman(s)) return true;
  if (!IsUpper(s[0])) return false;
  const std::size_t d = (s.size() > 2 && (s[1] == '.' || s[1] == '-')) ? 2 : 1;
  return d < s.size() && IsDigit(s[d]);
}

bool HasLabelAt(std::string_view text, std::size_t pos, std::string_view label) {
  if (text.size() - pos < label.size()) return false;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (AsciiLower(text[pos + i]) != label[i]) return false;
  }
  return true;
}

}  // namespace

bool StartsWithTableLabel(std::string_view text) {
  const std::size_t pos = SpaceAt(text, 0);
  for (std::string_view label : kLabels) {
    if (!HasLabelAt(text, pos, label)) continue;
    const std::size_t after = pos + label.size();
    const std::size_t space = SpaceAt(text, after);
    if (space == 0 && label.back() != '.') continue;  // "Tables", "Tablet"; "Tab.4" is one
    return after + space < text.size() && StartsWithNumber(text.substr(after + space));
  }
  return false;
}

}  // namespace tablift
