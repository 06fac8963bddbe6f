// Records as the normalizer builds them from a Table: one record per data row, one value per
// column, the section heading the row sits under, and where it came from.
// Plain values: thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/column_type.h"
#include "core/diagnostic.h"
#include "core/table.h"
#include "core/typed.h"

namespace tablift {

struct Column {
  std::string name;   // unique ASCII slug: lowercase letters, digits and '_'
  std::string title;  // the header text as printed
};

struct Section {
  std::string title;
  int before_record = 0;  // index of the first record under this heading
};

struct RecordSource {
  int table = 0;           // Table::index
  std::vector<int> rows;   // grid rows the record was built from
  std::vector<int> pages;  // PDF pages (empty for DOCX)
};

struct Record {
  std::optional<std::string> section;  // the heading above the record, if any
  std::vector<std::string> values;     // one per column of its RecordTable, normalized text
  RecordSource source;
};

struct RecordTable {
  int index = 0;  // Table::index it was built from
  std::string caption;
  std::string method;  // Table::method it was built from ("docx", "pdf.lattice"); "" if unknown
  std::vector<Column> columns;
  // Parallel to `columns` once typed (NormalizeDocument), else empty (every column text).
  std::vector<ColumnType> column_types;
  std::vector<int> header_rows;  // grid rows the column titles came from, ascending
  std::vector<Section> sections;
  std::vector<Record> records;
  Diagnostics diagnostics;  // the table's extractor diagnostics plus the normalizer's
};

// A profile that typed tables of the document, as the exporters need it: its name and origin
// for the metadata, and the declarations they derive each format's schema of its records from
// (exporters/record_schema.h). Data only: no output format's text.
struct ProfileInfo {
  std::string name;              // the profile's name
  std::string origin;            // builtin name or the path it was read from
  std::string title;             // the profile's title or description; may be ""
  std::string description;       // the profile's description; may be ""
  std::vector<FieldDef> fields;  // the fields of its typed records, in order
};

// What a typed export says about its own making (--profile runs only). No wall-clock time:
// `created` is set only from SOURCE_DATE_EPOCH, so that two runs give the same bytes.
struct ExportMetadata {
  std::string requested_profile;      // the --profile argument (a name, a path or "auto")
  std::vector<ProfileInfo> profiles;  // every profile that typed a table, sorted by name
  std::vector<std::pair<std::string, std::string>> options;  // summary of the run's options
  std::vector<std::pair<std::string, std::string>> meta;     // --meta key=value, in order
  std::string created;  // ISO 8601 UTC from SOURCE_DATE_EPOCH, or "" when unset
};

// Everything an exporter writes for one input: the source, the records, and (for --grid) the
// raw tables. `grids` is parallel to `tables` when present, else empty.
// A --profile run also fills `typed` (the typed form of the tables a profile applied to, each
// with the `index` of its RecordTable, in table order) and `metadata`; exporters then write the
// typed layout (docs/formats.md, "Typed records"). `metadata.requested_profile` is "" otherwise.
struct ExportDocument {
  SourceInfo source;
  std::vector<RecordTable> tables;
  std::vector<Table> grids;
  Diagnostics diagnostics;
  std::vector<TypedTable> typed;
  ExportMetadata metadata;
};

// True for a --profile run: exporters write the typed layout.
inline bool IsTypedExport(const ExportDocument& doc) {
  return !doc.metadata.requested_profile.empty();
}

}  // namespace tablift
