#include "extractors/pdf/list_markers.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace tablift::pdf {
namespace {

// A gap after a number marker wider than this (in em) is a tab: a normal space is ~0.25 em and
// justified text rarely stretches one beyond 1 em.
constexpr double kTabGapEm = 1.5;
// Longest list-number body: "iii", "viii", "2.3.1", "xii".
constexpr std::size_t kMaxNumberBody = 6;

bool AllOf(std::string_view s, int (*pred)(int)) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [&](char c) { return pred(static_cast<unsigned char>(c)); });
}

bool IsRoman(std::string_view s) {
  return !s.empty() && (s.find_first_not_of("ivxlc") == std::string_view::npos ||
                        s.find_first_not_of("IVXLC") == std::string_view::npos);
}

bool IsDottedNumber(std::string_view s) {  // "1", "2.3", "2.3.1"
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return false;
  return s.find("..") == std::string_view::npos;
}

}  // namespace

bool IsNumberMarker(std::string_view w) {
  if (w.size() < 2) return false;
  const char end = w.back();
  if (end != '.' && end != ')') return false;
  std::string_view body = w.substr(0, w.size() - 1);
  if (w.front() == '(') {
    if (end != ')') return false;
    body.remove_prefix(1);
  }
  if (body.empty() || body.size() > kMaxNumberBody) return false;
  return IsDottedNumber(body) || (body.size() == 1 && AllOf(body, std::isalpha)) || IsRoman(body);
}

MarkerMatch MatchListMarker(const std::vector<const Word*>& words, double em) {
  MarkerMatch m;
  if (words.empty()) return m;
  const std::string& first = words.front()->text;
  std::size_t pos = 0;
  const char32_t cp = DecodeUtf8(first, pos);
  if (IsBulletGlyph(cp)) {
    m.list = {ListKind::kBullet, 0, "\u2022"};
    m.first_word = 1;
    const std::size_t rest = first.find_first_not_of(' ', pos);
    if (rest != std::string::npos) m.rest_of_first = first.substr(rest);
    return m;
  }
  if (words.size() >= 2 && IsNumberMarker(first)) {
    m.list = {ListKind::kNumbered, 0, first};
    m.first_word = 1;
    m.tab_after = words[1]->box.x0 - words[0]->box.x1 > kTabGapEm * std::max(em, 1.0);
  }
  return m;
}

}  // namespace tablift::pdf
