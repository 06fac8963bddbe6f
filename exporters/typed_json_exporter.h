// The JSON layout of a --profile run (docs/formats.md, "Typed records"): "<stem>.json" holds a
// "metadata" block (source, generator, profile, options, --meta pairs, and "created" only when
// SOURCE_DATE_EPOCH is set), every table in order (typed tables as their profile's records, the
// others in the generic layout with "profile": null) and the document's diagnostics;
// "<stem>.schema.json" is the JSON Schema (draft 2020-12) of that file, derived from the
// profiles' record schemas, with "$defs/record-<profile>" (one record) and "$defs/line-<profile>"
// (one line of "<stem>.jsonl"). Deterministic bytes; stateless and thread-safe.
#pragma once

#include <string>

#include "core/exporter.h"
#include "exporters/typed_view.h"

namespace tablift {

// Writes "<stem>.json" and "<stem>.schema.json" for a typed document (IsTypedExport(doc)).
void WriteTypedJson(const ExportDocument& doc, const ExportOptions& options, OutputSink& sink);

// The "metadata" block of a typed document.
OrderedJson MetadataJson(const ExportDocument& doc);

// Writes `j` 2-space indented with a final newline, and checks the stream.
void WriteJsonFile(const OrderedJson& j, OutputSink& sink, const std::string& suffix);

}  // namespace tablift
