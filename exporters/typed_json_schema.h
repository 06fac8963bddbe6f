// The JSON Schemas of the typed JSON layouts (docs/formats.md, "Typed records"), built from the
// record schema of each profile (record_schema.h, from ExportMetadata::profiles): the schema of
// a whole "<stem>.json" document, of one record and of one "<stem>.jsonl" line. Pure functions;
// thread-safe.
#pragma once

#include <string>

#include "core/record.h"
#include "exporters/typed_view.h"

namespace tablift {

// The "$defs" key of a profile's record schema ("record-<name>") and line schema ("line-<name>").
std::string RecordDef(const std::string& profile);
std::string LineDef(const std::string& profile);

// A record's JSON Schema (RecordJsonSchema of the profile's fields) without its "$schema" key,
// ready to be embedded under "$defs".
OrderedJson EmbeddedRecordSchema(const ProfileInfo& profile);

// The schema of one JSONL line of this profile: the record schema whose "_source" also requires
// "file" (the source's file name) and "profile" (the profile's name).
OrderedJson LineSchema(const ProfileInfo& profile);

// The schema of a typed "<stem>.json": metadata, tables (each typed by one of the document's
// profiles, or generic with "profile": null), diagnostics; "$defs" holds every profile's record
// and line schemas.
OrderedJson TypedDocumentSchema(const ExportDocument& doc);

}  // namespace tablift
