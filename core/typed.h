// Typed records: what a report profile (profiles/profile.h, docs/profiles.md) makes of one
// RecordTable. Each record is a Value object whose keys are the profile's field names in the
// profile's order, followed by "_source" (provenance: {"table", "rows", "pages"}; exporters may
// add the source file's "sha256"). Every declared field is present in every record (null when
// the cell gave nothing). Plain values: thread-compatible.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/value.h"

namespace tablift {

// The declaration of one field of a typed record, enough to derive a schema or a CSV layout.
struct FieldDef {
  std::string name;   // key in the record: [a-z][a-z0-9_]*
  std::string title;  // human-readable label; "" when the profile gives none
  // One of "string", "integer", "number", "list<string>", "list<object>". Any field may also
  // be null.
  std::string type;
  std::string description;  // "" when the profile gives none
  // For "list<object>": the members of each object, in order.
  std::vector<FieldDef> properties;
  // For an enumerated "string" field: its possible values, in order; empty when free text.
  std::vector<std::string> values;
  // The field is never null in a valid record (the profile's key, or a field marked required).
  bool required = false;
};

struct TypedTable {
  int index = 0;        // RecordTable::index (= Table::index) it was built from
  std::string caption;  // RecordTable::caption
  std::string profile;  // the profile's name
  std::vector<FieldDef> fields;
  std::vector<Value> records;  // objects: fields in order, then "_source"
  std::string key_field;       // name of the field that identifies a record; "" when none
  Diagnostics diagnostics;     // the RecordTable's diagnostics plus the profile engine's
};

}  // namespace tablift
