// OdfNames: the prefixes an OpenDocument part binds to the namespaces the ODT extractor reads
// (office, text, table, style, fo, xml:id), resolved once from the part's root element.
//
// A namespace the root does not declare keeps its conventional prefix ("text", "table" ...), so
// names under it simply match nothing unusual. Immutable; thread-compatible.
#pragma once

#include <string>
#include <string_view>

#include "extractors/package/xml_part.h"

namespace tablift::odt {

using package::Names;

inline constexpr std::string_view kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr std::string_view kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr std::string_view kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr std::string_view kStyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

struct OdfNames {
  Names office;
  Names text;
  Names table;
  Names style;
};

// Throws Error(kBadInput) "<part>: not an OpenDocument part" when the root declares no office
// namespace.
OdfNames ResolveNames(const package::XmlPart& part);

// A positive integer attribute (spans, repeats, levels) in [1, limit]: absent gives 1, a value
// over the limit gives `limit` and sets *clamped, anything unreadable gives 1.
int CountAttr(pugi::xml_attribute a, int limit, bool* clamped = nullptr);

}  // namespace tablift::odt
