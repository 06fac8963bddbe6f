// The JSON Lines exporter (--format jsonl): one "<stem>.jsonl" per document, one typed record per
// line, each line self-contained: the record's fields, then "_source" with the source's file
// name and SHA-256, the profile, the table, its grid rows and PDF pages. Lines validate against
// "$defs/line-<profile>" of "<stem>.schema.json" (docs/formats.md). In a --profile run, tables
// no profile applied to are not written. Without --profile each line is a generic record:
// "section", the columns, and "_source" ({"file", "sha256", "table", "rows", "pages"}; left
// out with --no-provenance). Compact JSON, "\n" line ends, deterministic bytes. Stateless and
// thread-safe.
#pragma once

#include "core/exporter.h"

namespace tablift {

class JsonlExporter final : public Exporter {
 public:
  const char* Name() const override { return "jsonl"; }
  void Write(const ExportDocument& doc, const ExportOptions& options,
             OutputSink& sink) const override;
};

}  // namespace tablift
