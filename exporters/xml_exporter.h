// The XML exporter: one "<stem>.xml" per document, XML 1.0 in UTF-8 in the namespace
// kXmlNamespace, valid against exporters/tablift-export-1.xsd (docs/formats.md). Column names
// travel in attribute values, so any header text works. Characters XML 1.0 forbids are replaced
// with U+FFFD and reported as "xml.forbidden-char" diagnostics in the enclosing table's (or the
// document's) <diagnostics>. A --profile run writes the typed layout instead
// (typed_xml_exporter.h). Deterministic bytes; stateless and thread-safe.
#pragma once

#include "core/exporter.h"

namespace tablift {

// The versioned namespace of the export format; a new major version gets a new namespace.
inline constexpr const char* kXmlNamespace = "urn:tablift:export:1";

class XmlExporter final : public Exporter {
 public:
  const char* Name() const override { return "xml"; }
  void Write(const ExportDocument& doc, const ExportOptions& options,
             OutputSink& sink) const override;
};

}  // namespace tablift
