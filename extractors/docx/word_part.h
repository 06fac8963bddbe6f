// WordPart: one parsed XML part of a DOCX package, with the WordprocessingML prefix it uses
// (transitional or strict namespace, resolved once from the root element), and the
// WordprocessingML attribute helpers. Immutable after construction; thread-compatible.
#pragma once

#include <string>
#include <string_view>

#include "extractors/package/xml_part.h"

namespace tablift::docx {

using package::Names;
using package::PrefixFor;
using package::PrefixOf;

inline constexpr std::string_view kWordNsTransitional =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kWordNsStrict =
    "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view kMarkupCompatNs =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

struct WordPart : package::XmlPart {
  Names w;  // WordprocessingML names
};

// Parses `bytes` as the part `name` (package::ParseXmlPart). Throws Error(kBadInput) as that
// does, and "<name>: not a WordprocessingML part" when the root declares neither Word namespace.
void ParseWordPart(const std::string& name, std::string bytes, WordPart& out);

// ST_OnOff: absent attribute or "true"/"on"/"1" is true; "false"/"off"/"0" is false.
bool OnOff(pugi::xml_node n, const Names& w);

}  // namespace tablift::docx
