// The type of a generic table's column (docs/normalizer.md, "Column types"): text, or integer,
// decimal number, percent, year or date as the document prints them, with the marks or the
// date pattern needed to read every cell. Chosen per column by the normalizer (only when every
// non-empty body cell parses); the exporters keep the text and add the value. Pure functions:
// thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tablift {

enum class ColumnKind { kString, kInteger, kNumber, kPercent, kYear, kDate };

struct ColumnType {
  ColumnKind kind = ColumnKind::kString;
  char decimal_mark = '.';   // numbers and percents: '.' or ','
  char group_mark = 0;       // the thousands separator the cells may use ('.' or ','), 0 if none
  std::string date_pattern;  // dates: "yyyy-MM-dd", "d-M-yyyy" or "d.M.yyyy" (CSVW/LDML)
};

// "string", "integer", "number", "percent", "year", "date".
const char* ColumnKindName(ColumnKind kind);

// A number as printed: optional sign ('-', '+', U+2212), digits (no leading zero before another
// digit) grouped by `group` in threes when `group` is set and used, then optionally `decimal`
// and digits; with `percent`, a trailing '%' (a space or no-break space may precede it).
// Anything else (a footnote mark "12,6*", "n.v.t.", "007") is nullopt.
std::optional<double> ParseNumber(std::string_view text, char decimal, char group, bool percent);

// The ISO 8601 form ("2021-03-07") of a date printed in `pattern`; nullopt when it does not
// match or names no real day.
std::optional<std::string> ParseDate(std::string_view text, const std::string& pattern);

// The value of one non-empty cell of a typed column: the number (percent: as printed, 12,5% ->
// 12.5; year: the year), or for dates nullopt with `iso_date` set. nullopt when it does not parse.
struct CellValue {
  double number = 0;
  std::string iso_date;  // dates only
};
std::optional<CellValue> ParseCell(std::string_view text, const ColumnType& type);

}  // namespace tablift
