// Column names (docs/normalizer.md, "Column names"): ASCII slugs of header titles, made unique.
#include <fmt/core.h>
#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/source.h"
#include "core/text.h"
#include "normalizer/normalizer.h"

namespace tablift {
namespace {

// The record key every exporter writes before the columns; no column may take its name.
constexpr const char* kReservedName = "section";

// Latin letters that have no decomposition into an ASCII base letter plus marks, spelled the
// way they are usually transliterated (after case folding, so lowercase only).
struct Transliteration {
  char32_t letter;
  const char* ascii;
};
constexpr Transliteration kTransliterations[] = {
    {0x00E6, "ae"}, {0x00F8, "o"}, {0x0153, "oe"}, {0x0142, "l"},  // æ ø œ ł
    {0x0111, "d"},  {0x00F0, "d"}, {0x00FE, "th"}, {0x0131, "i"},  // đ ð þ dotless i
};

const char* Transliterate(char32_t cp) {
  for (const Transliteration& t : kTransliterations) {
    if (t.letter == cp) return t.ascii;
  }
  return nullptr;
}

// Compatibility decomposition, case folding and stripped combining marks: "É" -> "e",
// "ﬁ" -> "fi", "ß" -> "ss". Returns the input unchanged if utf8proc refuses it.
std::string FoldToBase(const std::string& text) {
  utf8proc_uint8_t* folded = nullptr;
  const auto n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded,
                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                  UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  if (n < 0 || !folded) return text;
  return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
}

bool IsSlugChar(char32_t cp) { return (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9'); }

}  // namespace

std::string Slugify(const std::string& title) {
  const std::string folded = FoldToBase(SanitizeUtf8(title));
  std::string slug;
  bool pending_gap = false;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    char32_t cp = DecodeUtf8(folded, pos);
    if (cp >= U'A' && cp <= U'Z') cp = cp - U'A' + U'a';
    const char* ascii = Transliterate(cp);
    if (!ascii && !IsSlugChar(cp)) {
      pending_gap = !slug.empty();
      continue;
    }
    if (pending_gap) slug += '_';
    pending_gap = false;
    if (ascii) {
      slug += ascii;
    } else {
      slug += static_cast<char>(cp);
    }
  }
  return slug;
}

namespace {

// PostgreSQL's identifier limit (NAMEDATALEN - 1), which CKAN's datastore inherits.
constexpr std::size_t kMaxNameBytes = 63;
// A cut name ends in "_" and this many hex digits of the full name's SHA-256: stable across
// runs, and names that share their first bytes stay apart.
constexpr std::size_t kCutHashDigits = 8;

std::string CutName(const std::string& name) {
  if (name.size() <= kMaxNameBytes) return name;
  std::string head = name.substr(0, kMaxNameBytes - kCutHashDigits - 1);
  while (!head.empty() && head.back() == '_') head.pop_back();
  return head + "_" + Sha256Hex(name).substr(0, kCutHashDigits);
}

}  // namespace

std::vector<std::string> UniqueColumnNames(const std::vector<std::string>& titles) {
  std::vector<std::string> names;
  names.reserve(titles.size());
  for (std::size_t i = 0; i < titles.size(); ++i) {
    std::string slug = Slugify(titles[i]);
    names.push_back(slug.empty() ? fmt::format("column_{}", i + 1) : slug);
  }
  // The first holder of each base name keeps it; later ones take the first free "_N", so that
  // a title that already reads "x_2" is not renamed by an earlier duplicate of "x".
  std::set<std::string> taken(names.begin(), names.end());
  taken.insert(kReservedName);
  std::set<std::string> kept;
  for (std::string& name : names) {
    if (name != kReservedName && kept.insert(name).second) continue;
    std::string candidate;
    for (int n = 2;; ++n) {
      candidate = fmt::format("{}_{}", name, n);
      if (!taken.count(candidate)) break;
    }
    taken.insert(candidate);
    kept.insert(candidate);
    name = candidate;
  }
  // Cut last: the full names are unique, so their hashes keep the cut ones apart.
  for (std::string& name : names) name = CutName(name);
  return names;
}

}  // namespace tablift
