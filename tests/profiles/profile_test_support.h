// Helpers shared by the profile tests: small hand-made RecordTables, the sample's generic
// records read from samples/cedaw-report.expected.json, and typed-record lookups.
#pragma once

#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/typed.h"
#include "core/value.h"

namespace tablift::testing {

// A table with the given header titles and rows (one string per column); records get section
// `section` (none when empty) and grid rows from 1.
inline RecordTable MakeTable(std::initializer_list<std::string> titles,
                             std::vector<std::vector<std::string>> rows,
                             const std::string& section = "") {
  RecordTable table;
  table.index = 1;
  for (const std::string& title : titles) table.columns.push_back({"c", title});
  int row = 1;
  for (auto& values : rows) {
    Record record;
    if (!section.empty()) record.section = section;
    record.values = std::move(values);
    record.source.table = 1;
    record.source.rows = {row++};
    table.records.push_back(std::move(record));
  }
  return table;
}

// The sample's tables as the generic normalizer gives them (the expected JSON export).
inline std::vector<RecordTable> SampleTables() {
  std::ifstream file(std::string(TABLIFT_SAMPLES_DIR) + "/cedaw-report.expected.json");
  if (!file) throw std::runtime_error("cannot open samples/cedaw-report.expected.json");
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(file);
  std::vector<RecordTable> tables;
  for (const auto& t : doc["tables"]) {
    RecordTable table;
    table.index = static_cast<int>(tables.size()) + 1;
    table.caption = t.value("caption", "");
    for (const auto& c : t["columns"]) table.columns.push_back({c["name"], c["title"]});
    for (const auto& s : t["sections"]) table.sections.push_back({s["title"], s["before_record"]});
    for (const auto& r : t["records"]) {
      Record record;
      if (r.contains("section") && r["section"].is_string()) record.section = r["section"];
      for (const Column& column : table.columns) record.values.push_back(r.value(column.name, ""));
      record.source.table = table.index;
      record.source.rows = {static_cast<int>(table.records.size()) + 2};
      table.records.push_back(std::move(record));
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

// The record whose key field has this value; throws when there is none.
inline const Value& RecordWithKey(const TypedTable& table, const std::string& key) {
  for (const Value& record : table.records) {
    const Value* value = record.Find(table.key_field);
    if (value != nullptr && value->is_string() && value->AsString() == key) return record;
  }
  throw std::runtime_error("no record with key " + key);
}

inline bool HasDiagnostic(const Diagnostics& diagnostics, const std::string& code,
                          const std::string& fragment = "") {
  for (const Diagnostic& d : diagnostics) {
    if (d.code == code && d.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace tablift::testing
