// Records as the normalizer builds them from a Table: one record per data row, one value per
// column, the section heading the row sits under, and where it came from.
// Plain values: thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/table.h"

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
  int table = 0;               // Table::index
  std::vector<int> rows;       // grid rows the record was built from
  std::vector<int> pages;      // PDF pages (empty for DOCX)
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
  std::vector<Section> sections;
  std::vector<Record> records;
  Diagnostics diagnostics;  // the table's extractor diagnostics plus the normalizer's
};

// Everything an exporter writes for one input: the source, the records, and (for --grid) the
// raw tables. `grids` is parallel to `tables` when present, else empty.
struct ExportDocument {
  SourceInfo source;
  std::vector<RecordTable> tables;
  std::vector<Table> grids;
  Diagnostics diagnostics;
};

}  // namespace tablift
