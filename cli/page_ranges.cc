#include "cli/page_ranges.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>

#include "core/error.h"

namespace tablift::cli {
namespace {

[[noreturn]] void Reject(std::string_view piece, std::string_view why) {
  throw Error(ExitCode::kUsage, fmt::format("invalid page range \"{}\": {}", piece, why));
}

int ParsePage(std::string_view digits, std::string_view piece) {
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    Reject(piece, "expected page numbers such as 1-5,8");
  }
  int page = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), page);
  if (ec != std::errc() || end != digits.data() + digits.size() || page > kMaxPageNumber) {
    Reject(piece, fmt::format("pages go up to {}", kMaxPageNumber));
  }
  if (page < 1) Reject(piece, "pages are numbered from 1");
  return page;
}

void AppendPiece(std::string_view piece, std::vector<int>& pages) {
  const auto dash = piece.find('-');
  const int first = ParsePage(piece.substr(0, dash), piece);
  const int last =
      dash == std::string_view::npos ? first : ParsePage(piece.substr(dash + 1), piece);
  if (last < first) Reject(piece, "the range is reversed");
  for (int p = first; p <= last; ++p) pages.push_back(p);
}

}  // namespace

std::vector<int> ParsePageRanges(std::string_view text) {
  std::vector<int> pages;
  std::size_t start = 0;
  while (true) {
    const auto comma = text.find(',', start);
    AppendPiece(text.substr(start, comma - start), pages);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  return pages;
}

}  // namespace tablift::cli
