#include "exporters/csvw.h"

#include "core/text.h"

namespace tablift {
namespace {

OrderedJson Dialect() {
  return OrderedJson{{"encoding", "utf-8"},         {"delimiter", ","},
                     {"quoteChar", "\""},           {"doubleQuote", true},
                     {"lineTerminators", {"\r\n"}}, {"header", true}};
}

// The UAX #35 pattern of a typed number column: "#,##0" when grouped, optional fraction digits
// for decimals, a trailing '%' for percents (UAX #35 then reads "12,5%" as 0.125).
std::string NumberPattern(const ColumnType& t) {
  std::string pattern = t.group_mark != 0 ? "#,##0" : "0";
  if (t.kind != ColumnKind::kInteger) pattern += ".###############";
  if (t.kind == ColumnKind::kPercent) pattern += "%";
  return pattern;
}

// CSVW datatype of a typed generic column: a base type with the format that reads its text.
OrderedJson TypedDatatype(const ColumnType& t) {
  if (t.kind == ColumnKind::kYear) return "gYear";
  if (t.kind == ColumnKind::kDate) return OrderedJson{{"base", "date"}, {"format", t.date_pattern}};
  OrderedJson format{{"pattern", NumberPattern(t)},
                     {"decimalChar", std::string(1, t.decimal_mark)}};
  if (t.group_mark != 0) format["groupChar"] = std::string(1, t.group_mark);
  return OrderedJson{{"base", t.kind == ColumnKind::kInteger ? "integer" : "decimal"},
                     {"format", std::move(format)}};
}

OrderedJson ColumnJson(const CsvColumn& c) {
  OrderedJson j = OrderedJson::object();
  j["name"] = c.name;
  j["titles"] = SanitizeUtf8(c.title);
  j["datatype"] =
      c.type.kind == ColumnKind::kString ? OrderedJson(c.datatype) : TypedDatatype(c.type);
  if (c.list) j["separator"] = kListSeparator;
  j["required"] = c.required;
  return j;
}

}  // namespace

OrderedJson CsvwMetadata(const CsvLayout& layout, const std::string& csv_url,
                         const std::string& title, const std::string& source_file) {
  OrderedJson columns = OrderedJson::array();
  for (const CsvColumn& c : layout.columns) columns.push_back(ColumnJson(c));
  OrderedJson schema = OrderedJson::object();
  schema["columns"] = std::move(columns);
  if (!layout.primary_key.empty()) schema["primaryKey"] = layout.primary_key;
  OrderedJson j = OrderedJson::object();
  j["@context"] = kCsvwContext;
  j["url"] = SanitizeUtf8(csv_url);
  if (!title.empty()) j["dc:title"] = SanitizeUtf8(title);
  j["dc:source"] = SanitizeUtf8(source_file);
  j["dialect"] = Dialect();
  j["tableSchema"] = std::move(schema);
  return j;
}

std::string StemOfFileName(const std::string& file_name) {
  const std::size_t dot = file_name.rfind('.');
  return dot == std::string::npos || dot == 0 ? file_name : file_name.substr(0, dot);
}

}  // namespace tablift
