// ASCII helpers for the names WordprocessingML compares case-insensitively (style names, font
// names). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tablift::package {

// `s` with ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace tablift::package
