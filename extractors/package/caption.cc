#include "extractors/package/caption.h"

#include <array>
#include <cctype>

namespace tablift::package {
namespace {

constexpr std::array<std::string_view, 8> kLabels = {"tabelle", "tableau", "tabella", "tabela",
                                                     "tabell",  "tabla",   "table",   "tabel"};
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsRoman(char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; }

// Skips spaces, tabs and no-break spaces; returns how many it skipped.
std::size_t SkipSpace(std::string_view s, std::size_t& pos) {
  const std::size_t start = pos;
  for (;;) {
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) {
      ++pos;
    } else if (s.substr(pos, kNoBreakSpace.size()) == kNoBreakSpace) {
      pos += kNoBreakSpace.size();
    } else {
      return pos - start;
    }
  }
}

bool StartsWithNumber(std::string_view s) {
  if (s.empty()) return false;
  if (IsDigit(s[0])) return true;
  std::size_t i = 0;
  while (i < s.size() && IsRoman(s[i])) ++i;
  if (i > 0 && (i == s.size() || std::ispunct(static_cast<unsigned char>(s[i])) || s[i] == ' ')) {
    return true;
  }
  if (!IsUpper(s[0])) return false;
  const std::size_t d = (s.size() > 2 && (s[1] == '.' || s[1] == '-')) ? 2 : 1;
  return d < s.size() && IsDigit(s[d]);
}

}  // namespace

bool StartsWithTableLabel(std::string_view text) {
  std::size_t pos = 0;
  SkipSpace(text, pos);
  for (std::string_view label : kLabels) {
    if (text.size() - pos < label.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < label.size() && same; ++i) {
      same = std::tolower(static_cast<unsigned char>(text[pos + i])) == label[i];
    }
    if (!same) continue;
    std::size_t after = pos + label.size();
    if (SkipSpace(text, after) == 0) continue;
    return StartsWithNumber(text.substr(after));
  }
  return false;
}

std::string TrimText(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  std::size_t b = 0;
  std::size_t e = text.size();
  for (;;) {
    if (b < e && kSpace.find(text[b]) != std::string_view::npos) {
      ++b;
    } else if (text.substr(b, kNoBreakSpace.size()) == kNoBreakSpace && b + 2 <= e) {
      b += kNoBreakSpace.size();
    } else {
      break;
    }
  }
  for (;;) {
    if (e > b && kSpace.find(text[e - 1]) != std::string_view::npos) {
      --e;
    } else if (e >= b + 2 && text.substr(e - 2, 2) == kNoBreakSpace) {
      e -= 2;
    } else {
      break;
    }
  }
  return std::string(text.substr(b, e - b));
}

}  // namespace tablift::package
