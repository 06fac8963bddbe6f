#include "extractors/package/list_ladder.h"

#include <array>

#include "extractors/package/ascii.h"

namespace tablift::package {
namespace {

constexpr int kMaxBuiltinListDepth = 9;  // Word has "List Bullet 2" .. "List Bullet 9"
constexpr std::array<std::string_view, 3> kPrefixes = {"list bullet ", "list number ", "list "};

}  // namespace

int BuiltinListDepth(std::string_view style_name) {
  const std::string name = AsciiLower(style_name);
  for (std::string_view prefix : kPrefixes) {
    if (name.size() != prefix.size() + 1 || name.compare(0, prefix.size(), prefix) != 0) continue;
    const int n = name.back() - '0';
    if (n >= 2 && n <= kMaxBuiltinListDepth) return n - 1;
  }
  return 0;
}

}  // namespace tablift::package
