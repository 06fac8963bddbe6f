// The flat CSV layout of typed records (docs/formats.md, "Typed records"): one column per scalar
// field; a list<string> field is one column whose items are joined with "; "; a list<object>
// field becomes one column per member, named "<field>_<member, pluralized>" (responsible ->
// responsible_countries, responsible_country_names, responsible_ministries), holding each item's
// member joined with "; " in item order (a nested list inside an item is joined with "/").
// Then the provenance columns source_sha256, source_table, source_rows, source_pages. Also the
// generic layout ("section" + the columns, with the normalizer's column types) so CSVW can
// describe either.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/column_type.h"
#include "core/record.h"

namespace tablift {

// The separator of list cells, declared as the CSVW column's "separator".
inline constexpr const char* kListSeparator = "; ";
// Joins the items of a list nested inside a list item ("OCW/BZK").
inline constexpr const char* kNestedSeparator = "/";

struct CsvColumn {
  std::string name;
  std::string title;
  std::string datatype = "string";  // CSVW datatype: "string", "integer" or "double"
  bool list = false;                // cells hold kListSeparator-joined items
  bool required = false;
  ColumnType type;  // a generic table's typed column (core/column_type.h); CSVW datatype+format
};

struct CsvLayout {
  std::vector<CsvColumn> columns;
  std::string primary_key;  // a column name, or "" when none
};

// "country" -> "countries", "ministries" -> "ministries", "name" -> "names".
std::string Plural(const std::string& name);

CsvLayout TypedCsvLayout(const TypedTable& table);
// One CSV row per record, parallel to TypedCsvLayout(table).columns. Throws Error(kInternal)
// when a record does not hold the declared fields' kinds.
std::vector<std::string> TypedCsvRow(const TypedTable& table, const Value& record,
                                     const std::string& sha256);

CsvLayout GenericCsvLayout(const RecordTable& table);

}  // namespace tablift
