#include "extractors/package/number_format.h"

#include <array>
#include <cctype>
#include <utility>

#include "core/text.h"

namespace tablift::package {
namespace {

constexpr int kLetters = 26;
constexpr int kMaxRoman = 3999;         // no standard roman numeral above MMMCMXCIX
constexpr int kMaxEnclosedCircle = 20;  // U+2460..U+2473
// Word repeats one letter value/26 times; a bound keeps a silly start value from making
// megabyte markers.
constexpr int kMaxLetterRepeat = 50;

std::string Letters(int value, bool upper) {
  const int repeat = (value - 1) / kLetters + 1;
  const char c = static_cast<char>((upper ? 'A' : 'a') + (value - 1) % kLetters);
  return std::string(static_cast<std::size_t>(repeat), c);
}

std::string Roman(int value, bool upper) {
  static constexpr std::array<std::pair<int, const char*>, 13> kParts{{{1000, "m"},
                                                                       {900, "cm"},
                                                                       {500, "d"},
                                                                       {400, "cd"},
                                                                       {100, "c"},
                                                                       {90, "xc"},
                                                                       {50, "l"},
                                                                       {40, "xl"},
                                                                       {10, "x"},
                                                                       {9, "ix"},
                                                                       {5, "v"},
                                                                       {4, "iv"},
                                                                       {1, "i"}}};
  std::string out;
  for (const auto& [n, s] : kParts) {
    for (; value >= n; value -= n) out += s;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::string FormatNumber(int value, std::string_view fmt) {
  if (fmt == "none") return "";
  const bool upper = fmt.substr(0, 5) == "upper";
  if ((fmt == "lowerLetter" || fmt == "upperLetter") && value >= 1 &&
      value <= kLetters * kMaxLetterRepeat) {
    return Letters(value, upper);
  }
  if ((fmt == "lowerRoman" || fmt == "upperRoman") && value >= 1 && value <= kMaxRoman) {
    return Roman(value, upper);
  }
  if (fmt == "decimalZero" && value >= 0 && value < 10)
    return std::string(1, '0').append(1, static_cast<char>('0' + value));
  if (fmt == "decimalEnclosedCircle" && value >= 1 && value <= kMaxEnclosedCircle) {
    std::string out;
    AppendUtf8(out, static_cast<char32_t>(0x2460 + value - 1));
    return out;
  }
  return std::to_string(value);
}

}  // namespace tablift::package
