#include "normalizer/column_types.h"

#include <algorithm>
#include <array>

namespace tablift {
namespace {

// The years a column of four-digit numbers is read as: beyond them it is a count or a code.
constexpr int kFirstYear = 1800;
constexpr int kLastYear = 2100;

struct Marks {
  char decimal;
  char group;
};
constexpr std::array<Marks, 2> kMarks = {{{',', '.'}, {'.', ','}}};
constexpr std::array<const char*, 3> kDatePatterns = {"yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy"};

bool AllPercent(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(),
                     [](const std::string& c) { return !c.empty() && c.back() == '%'; });
}

// The values of every cell read with `m`; empty when one does not parse.
std::vector<double> ReadAll(const std::vector<std::string>& cells, Marks m, bool percent) {
  std::vector<double> values;
  for (const std::string& c : cells) {
    const auto v = ParseNumber(c, m.decimal, m.group, percent);
    if (!v) return {};
    values.push_back(*v);
  }
  return values;
}

bool IsYears(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    const auto v = ParseNumber(c, '.', 0, false);
    return c.size() == 4 && v && *v >= kFirstYear && *v <= kLastYear;
  });
}

std::string DatePattern(const std::vector<std::string>& cells) {
  for (const char* p : kDatePatterns) {
    const bool all = std::all_of(cells.begin(), cells.end(),
                                 [&](const std::string& c) { return ParseDate(c, p).has_value(); });
    if (all) return p;
  }
  return "";
}

// The marks every cell reads with; the document's settles a column readable both ways with
// different values; nullopt when none, or when nothing settles it.
std::optional<Marks> ChooseMarks(const std::vector<std::string>& cells, char document_mark,
                                 bool percent) {
  const std::vector<double> comma = ReadAll(cells, kMarks[0], percent);
  const std::vector<double> dot = ReadAll(cells, kMarks[1], percent);
  if (comma.empty() && dot.empty()) return std::nullopt;
  if (dot.empty()) return kMarks[0];
  if (comma.empty()) return kMarks[1];
  if (comma == dot) return document_mark == ',' ? kMarks[0] : kMarks[1];
  if (document_mark == 0) return std::nullopt;  // "1.234": a thousand or one point two
  return document_mark == ',' ? kMarks[0] : kMarks[1];
}

bool AnyHas(const std::vector<std::string>& cells, char c) {
  return std::any_of(cells.begin(), cells.end(),
                     [c](const std::string& s) { return s.find(c) != std::string::npos; });
}

}  // namespace

char DocumentDecimalMark(const std::vector<RecordTable>& tables) {
  long comma = 0, dot = 0;
  for (const RecordTable& t : tables) {
    for (const Record& r : t.records) {
      for (const std::string& v : r.values) {
        const bool as_comma = ParseNumber(v, ',', '.', false).has_value();
        const bool as_dot = ParseNumber(v, '.', ',', false).has_value();
        if (as_comma != as_dot) (as_comma ? comma : dot) += 1;
      }
    }
  }
  return comma > dot ? ',' : dot > comma ? '.' : 0;
}

ColumnType InferColumnType(const std::vector<std::string>& cells, char document_mark) {
  ColumnType type;
  if (cells.empty()) return type;
  if (IsYears(cells)) {
    type.kind = ColumnKind::kYear;
    return type;
  }
  if (std::string pattern = DatePattern(cells); !pattern.empty()) {
    type.kind = ColumnKind::kDate;
    type.date_pattern = std::move(pattern);
    return type;
  }
  const bool percent = AllPercent(cells);
  const std::optional<Marks> marks = ChooseMarks(cells, document_mark, percent);
  if (!marks) return type;
  type.decimal_mark = marks->decimal;
  type.group_mark = AnyHas(cells, marks->group) ? marks->group : 0;
  type.kind = percent                         ? ColumnKind::kPercent
              : AnyHas(cells, marks->decimal) ? ColumnKind::kNumber
                                              : ColumnKind::kInteger;
  return type;
}

void TypeColumns(RecordTable& table, char document_mark) {
  table.column_types.assign(table.columns.size(), ColumnType{});
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    std::vector<std::string> cells;
    for (const Record& r : table.records) {
      if (c < r.values.size() && !r.values[c].empty()) cells.push_back(r.values[c]);
    }
    table.column_types[c] = InferColumnType(cells, document_mark);
  }
}

}  // namespace tablift
