// Schemas derived from a profile's field declarations (core/typed.h FieldDef, carried in
// ExportMetadata::profiles), so that a new profile has them at once: a JSON Schema (draft
// 2020-12) for one typed record, which the typed JSON layout embeds (typed_json_schema.h), and
// an XSD for a document of typed records in the XML shape the typed XML layout writes
// (docs/profiles.md, "Schemas"). Pure functions; thread-safe.
//
// Both schemas accept null (JSON) or an absent element (XML) for every field, including
// required ones: the engine reports a missing value as a diagnostic rather than inventing one,
// and every file tablift writes must validate.
#pragma once

#include <string>
#include <vector>

#include "core/typed.h"
#include "core/value.h"

namespace tablift {

// The JSON Schema of one typed record: an object with every field (nullable) in `fields` plus
// "_source" ({"sha256"?, "table", "rows", "pages"}), and nothing else.
Value RecordJsonSchema(const std::vector<FieldDef>& fields, const std::string& title,
                       const std::string& description);

// The XML namespace of a profile's typed records: "urn:tablift:profile:<name>".
std::string ProfileNamespace(const std::string& profile_name);

// An XSD for <records profile="..."> holding <record> elements, each with one element per
// non-null field in order (lists as <item> children, objects as child elements) and a final
// <_source table="N"> with <row> and <page> children (and an optional sha256 attribute).
std::string RecordXsd(const std::vector<FieldDef>& fields, const std::string& target_namespace);

}  // namespace tablift
