#include "core/column_type.h"

#include <fmt/core.h>

#include <cstdlib>
#include <vector>

namespace tablift {
namespace {

constexpr std::string_view kUnicodeMinus = "\xE2\x88\x92";  // U+2212
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";      // U+00A0
constexpr int kGroupDigits = 3;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool StripSuffix(std::string_view& s, std::string_view end) {
  if (s.size() < end.size() || s.substr(s.size() - end.size()) != end) return false;
  s.remove_suffix(end.size());
  return true;
}

// The sign, as -1 or 1, taken off the front.
int TakeSign(std::string_view& s) {
  if (s.substr(0, kUnicodeMinus.size()) == kUnicodeMinus) {
    s.remove_prefix(kUnicodeMinus.size());
    return -1;
  }
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    const int sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
    return sign;
  }
  return 1;
}

// The integer part's digits without group marks; "" when the grouping is wrong.
std::string IntegerDigits(std::string_view s, char group) {
  std::string digits;
  std::size_t run = 0;
  bool grouped = false;
  for (char c : s) {
    if (IsDigit(c)) {
      digits += c;
      ++run;
    } else if (group != 0 && c == group && run > 0 && (grouped ? run == kGroupDigits : run <= 3)) {
      grouped = true;
      run = 0;
    } else {
      return "";
    }
  }
  if (run == 0 || (grouped && run != kGroupDigits)) return "";
  if (digits.size() > 1 && digits[0] == '0') return "";  // "007": an identifier
  return digits;
}

std::optional<int> Digits(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool RealDay(int y, int m, int d) {
  constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    const std::size_t next = s.find(sep, at);
    parts.push_back(s.substr(at, next == std::string_view::npos ? next : next - at));
    if (next == std::string_view::npos) return parts;
    at = next + 1;
  }
}

}  // namespace

const char* ColumnKindName(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kInteger:
      return "integer";
    case ColumnKind::kNumber:
      return "number";
    case ColumnKind::kPercent:
      return "percent";
    case ColumnKind::kYear:
      return "year";
    case ColumnKind::kDate:
      return "date";
    case ColumnKind::kString:
      break;
  }
  return "string";
}

std::optional<double> ParseNumber(std::string_view s, char decimal, char group, bool percent) {
  if (percent) {
    if (!StripSuffix(s, "%")) return std::nullopt;
    if (!StripSuffix(s, " ")) StripSuffix(s, kNoBreakSpace);
  }
  const int sign = TakeSign(s);
  const std::size_t mark = s.find(decimal);
  const std::string whole = IntegerDigits(s.substr(0, mark), group);
  if (whole.empty()) return std::nullopt;
  std::string text = whole;
  if (mark != std::string_view::npos) {
    const std::string_view fraction = s.substr(mark + 1);
    if (fraction.empty()) return std::nullopt;
    for (char c : fraction) {
      if (!IsDigit(c)) return std::nullopt;
    }
    text += '.';
    text.append(fraction);
  }
  return sign * std::strtod(text.c_str(), nullptr);
}

std::optional<std::string> ParseDate(std::string_view text, const std::string& pattern) {
  const bool iso = pattern == "yyyy-MM-dd";
  const char sep = iso || pattern == "d-M-yyyy" ? '-' : '.';
  const std::vector<std::string_view> parts = Split(text, sep);
  if (parts.size() != 3) return std::nullopt;
  const std::string_view year = iso ? parts[0] : parts[2];
  const std::string_view day = iso ? parts[2] : parts[0];
  if (year.size() != 4 || (iso && (parts[1].size() != 2 || day.size() != 2))) return std::nullopt;
  if (parts[1].size() > 2 || day.size() > 2) return std::nullopt;
  const auto y = Digits(year), m = Digits(parts[1]), d = Digits(day);
  if (!y || !m || !d || !RealDay(*y, *m, *d)) return std::nullopt;
  return fmt::format("{:04d}-{:02d}-{:02d}", *y, *m, *d);
}

std::optional<CellValue> ParseCell(std::string_view text, const ColumnType& type) {
  CellValue v;
  switch (type.kind) {
    case ColumnKind::kString:
      return std::nullopt;
    case ColumnKind::kDate: {
      auto iso = ParseDate(text, type.date_pattern);
      if (!iso) return std::nullopt;
      v.iso_date = std::move(*iso);
      return v;
    }
    case ColumnKind::kYear: {
      const auto y = Digits(text);
      if (!y || text.size() != 4) return std::nullopt;
      v.number = *y;
      return v;
    }
    default:
      break;
  }
  const auto n =
      ParseNumber(text, type.decimal_mark, type.group_mark, type.kind == ColumnKind::kPercent);
  if (!n) return std::nullopt;
  v.number = *n;
  return v;
}

}  // namespace tablift
