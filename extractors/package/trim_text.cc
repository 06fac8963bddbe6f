#include "extractors/package/trim_text.h"

namespace tablift::package {

std::string TrimText(std::string_view text) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
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
