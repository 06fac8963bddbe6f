#include "exporters/typed_csv_layout.h"

#include "core/error.h"

namespace tablift {
namespace {

bool IsVowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

std::string Datatype(const std::string& type) {
  if (type == "integer") return "integer";
  if (type == "number") return "double";
  return "string";
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
  return out;
}

// A scalar as CSV text: null is the empty cell.
std::string Scalar(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      return "";
    case Value::Kind::kBool:
      return v.AsBool() ? "true" : "false";
    case Value::Kind::kInt:
      return std::to_string(v.AsInt());
    case Value::Kind::kDouble:
      return Value(v.AsDouble()).ToJson();
    case Value::Kind::kString:
      return v.AsString();
    default:
      throw Error(ExitCode::kInternal, "typed CSV: a nested value where a scalar was declared");
  }
}

// One member of one list item: a scalar, or a nested list's items (objects by their first
// member, the code) joined with kNestedSeparator.
std::string Member(const Value* v) {
  if (v == nullptr || !v->is_array()) return v ? Scalar(*v) : "";
  std::vector<std::string> parts;
  for (const Value& item : v->AsArray()) {
    const bool object = item.is_object() && item.size() > 0;
    parts.push_back(object ? Scalar(item.AsObject().front().value) : Scalar(item));
  }
  return Join(parts, kNestedSeparator);
}

std::vector<std::string> Items(const Value& list, const std::string* member) {
  std::vector<std::string> out;
  if (!list.is_array()) return out;
  for (const Value& item : list.AsArray())
    out.push_back(member ? Member(item.Find(*member)) : Scalar(item));
  return out;
}

void AddFieldCells(const FieldDef& f, const Value* v, std::vector<std::string>& row) {
  const Value none;
  const Value& value = v ? *v : none;
  if (f.type == "list<object>") {
    for (const FieldDef& p : f.properties)
      row.push_back(Join(Items(value, &p.name), kListSeparator));
  } else if (f.type == "list<string>") {
    row.push_back(Join(Items(value, nullptr), kListSeparator));
  } else {
    row.push_back(Scalar(value));
  }
}

std::string Ints(const Value* v) { return v ? Join(Items(*v, nullptr), kListSeparator) : ""; }

}  // namespace

std::string Plural(const std::string& name) {
  if (name.empty() || name.back() == 's') return name;
  if (name.back() == 'y' && name.size() > 1 && !IsVowel(name[name.size() - 2]))
    return name.substr(0, name.size() - 1) + "ies";
  return name + "s";
}

CsvLayout TypedCsvLayout(const TypedTable& table) {
  CsvLayout layout;
  for (const FieldDef& f : table.fields) {
    if (f.type != "list<object>") {
      const bool list = f.type == "list<string>";
      layout.columns.push_back({f.name, f.title.empty() ? f.name : f.title,
                                list ? "string" : Datatype(f.type), list, f.required && !list});
      continue;
    }
    for (const FieldDef& p : f.properties) {
      const std::string title =
          (f.title.empty() ? f.name : f.title) + ": " + (p.title.empty() ? p.name : p.title);
      layout.columns.push_back({f.name + "_" + Plural(p.name), title, Datatype(p.type), true});
    }
  }
  layout.columns.push_back({"source_sha256", "Source file SHA-256", "string", false, true});
  layout.columns.push_back({"source_table", "Source table", "integer", false, true});
  layout.columns.push_back({"source_rows", "Source grid rows", "integer", true, false});
  layout.columns.push_back({"source_pages", "Source pages", "integer", true, false});
  layout.primary_key = table.key_field;
  return layout;
}

std::vector<std::string> TypedCsvRow(const TypedTable& table, const Value& record,
                                     const std::string& sha256) {
  std::vector<std::string> row;
  for (const FieldDef& f : table.fields) AddFieldCells(f, record.Find(f.name), row);
  const Value* source = record.Find("_source");
  row.push_back(sha256);
  row.push_back(source && source->Find("table") ? Scalar(*source->Find("table")) : "");
  row.push_back(source ? Ints(source->Find("rows")) : "");
  row.push_back(source ? Ints(source->Find("pages")) : "");
  return row;
}

CsvLayout GenericCsvLayout(const RecordTable& table) {
  CsvLayout layout;
  layout.columns.push_back({"section", "Section"});
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    CsvColumn column{table.columns[c].name, table.columns[c].title};
    if (c < table.column_types.size()) column.type = table.column_types[c];
    layout.columns.push_back(std::move(column));
  }
  return layout;
}

}  // namespace tablift
