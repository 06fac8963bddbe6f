// The JSON exporter: one "<stem>.json" per document, 2-space indented, keys in a fixed order,
// valid UTF-8, ending with a newline. The layout is documented field by field in
// docs/formats.md. A --profile run writes the typed layout instead (typed_json_exporter.h).
// Stateless and thread-safe.
#pragma once

#include "core/exporter.h"

namespace tablift {

class JsonExporter final : public Exporter {
 public:
  const char* Name() const override { return "json"; }
  void Write(const ExportDocument& doc, const ExportOptions& options,
             OutputSink& sink) const override;
};

}  // namespace tablift
