// The XML files of a --profile run (docs/formats.md, "Typed records"): per profile that typed a
// table, "<stem>.xml" holding every typed record of that profile as <records
// xmlns="urn:tablift:profile:<name>" profile="<name>"> in the shape of the XSD derived from the
// profile (record_schema.h RecordXsd; docs/profiles.md "Schemas"), and that XSD as
// "<stem>.xsd". When several profiles typed tables, each pair is "<stem>.<profile>.xml/.xsd".
// Tables no profile applied to go to "<stem>.generic.xml" in the generic layout
// (tablift-export-1.xsd). A null field is left out; a character XML 1.0 forbids becomes U+FFFD
// and is listed in a comment at the end of the file. Deterministic bytes; thread-safe.
#pragma once

#include "core/exporter.h"

namespace tablift {

void WriteTypedXml(const ExportDocument& doc, const ExportOptions& options, OutputSink& sink);

}  // namespace tablift
