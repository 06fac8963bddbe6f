#include "profiles/profile_text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace tablift {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool IsLetterOrDigit(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::string FoldForMatch(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                     UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
  std::string out;
  if (length < 0) return out;  // invalid UTF-8: cell text is sanitized upstream, so unreachable
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  utf8proc_ssize_t pos = 0;
  while (pos < length) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(mapped + pos, length - pos, &cp);
    if (n <= 0) break;
    if (IsLetterOrDigit(cp)) out.append(reinterpret_cast<const char*>(mapped + pos), n);
    pos += n;
  }
  return out;
}

FoldedHead FoldHead(std::string_view text, std::size_t length) {
  // Folding works character by character (no composition), so folding a prefix cut at white
  // space gives a prefix of the folded whole. Start with room for punctuation between letters.
  constexpr std::size_t kFirstCut = 64;
  for (std::size_t cut = std::max(kFirstCut, 4 * length); cut < text.size(); cut *= 2) {
    std::size_t space = text.find_first_of(" \t\n", cut);
    if (space == std::string_view::npos) break;
    std::string folded = FoldForMatch(text.substr(0, space));
    if (folded.size() > length) return {std::move(folded), false};
  }
  return {FoldForMatch(text), true};
}

std::string_view TrimSpace(std::string_view text) {
  // The length of the space (ASCII or U+00A0) at the front or the back, 0 when none.
  auto front = [](std::string_view t) -> std::size_t {
    if (!t.empty() && IsAsciiSpace(t.front())) return 1;
    return t.starts_with(kNoBreakSpace) ? kNoBreakSpace.size() : 0;
  };
  auto back = [](std::string_view t) -> std::size_t {
    if (!t.empty() && IsAsciiSpace(t.back())) return 1;
    return t.ends_with(kNoBreakSpace) ? kNoBreakSpace.size() : 0;
  };
  while (std::size_t n = front(text)) text.remove_prefix(n);
  while (std::size_t n = back(text)) text.remove_suffix(n);
  return text;
}

std::vector<std::string_view> SplitOnAny(std::string_view text,
                                         const std::vector<std::string>& separators) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t best = 0;
    for (const std::string& sep : separators) {
      // The first byte is compared first: most positions start no separator.
      if (!sep.empty() && sep[0] == text[pos] && sep.size() > best &&
          text.substr(pos).starts_with(sep)) {
        best = sep.size();
      }
    }
    if (best == 0) {
      ++pos;
      continue;
    }
    pieces.push_back(text.substr(start, pos - start));
    pos += best;
    start = pos;
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

std::string_view StripPrefixes(std::string_view text, const std::vector<std::string>& prefixes) {
  text = TrimSpace(text);
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (const std::string& prefix : prefixes) {
      if (!prefix.empty() && text.starts_with(prefix)) {
        text = TrimSpace(text.substr(prefix.size()));
        stripped = true;
      }
    }
  }
  return text;
}

}  // namespace tablift
