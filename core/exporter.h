// The exporter plug-in point: an ExportDocument in, one or more files out.
// An Exporter writes deterministic bytes (fixed key order, "\n" or CRLF as its format says,
// UTF-8 without BOM) to streams handed out by an OutputSink; it never touches the file system
// itself, so the caller can write to temporary names and rename only when every file succeeded.
// Exporters are stateless and thread-safe.
#pragma once

#include <ostream>
#include <string>

#include "core/record.h"

namespace tablift {

struct ExportOptions {
  bool grid = false;       // also write each table's raw grid (JSON: "grid")
  bool provenance = true;  // write each record's "_source"
  bool excel = false;      // --excel: each CSV also as "<name>.excel.csv" for spreadsheets
  bool csvw = false;       // --datapackage: CSVW metadata beside every CSV (its schema)
};

// Hands out one stream per output file. `suffix` is appended to the input's stem, e.g. ".json"
// or ".table-1.csv". The stream stays valid until the next Open() or the sink's end.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  virtual std::ostream& Open(const std::string& suffix) = 0;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual const char* Name() const = 0;  // "csv", "json", "xml"
  // Writes all of this format's files for the document. Throws Error(kOutput) on failure.
  virtual void Write(const ExportDocument& doc, const ExportOptions& options,
                     OutputSink& sink) const = 0;
};

}  // namespace tablift
