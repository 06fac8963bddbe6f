// XmlPart: one parsed XML part of the package, with the WordprocessingML prefix it uses.
//
// pugixml matches element names by QName, so the prefix bound to the WordprocessingML namespace
// (transitional or strict) is resolved once from the root element's xmlns declarations and all
// name tests go through Is()/Child()/Attr(), which compare the local name under that prefix.
// Parsing keeps a whitespace-only text node when it is its element's only child, so
// <w:t xml:space="preserve"> </w:t> is a real space. A DOCTYPE is skipped and entities are never
// expanded (pugixml has no DTD support), so no entity expansion can blow up.
// Immutable after construction; thread-compatible.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace tablift::docx {

inline constexpr std::string_view kWordNsTransitional =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kWordNsStrict =
    "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view kMarkupCompatNs =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

// Names under one namespace prefix ("" for the default namespace).
class Names {
 public:
  Names() = default;
  explicit Names(std::string prefix) : prefix_(std::move(prefix)) {}
  // True when `n` is an element (or `name` an attribute name) with this prefix and local name.
  bool Is(pugi::xml_node n, std::string_view local) const { return Matches(n.name(), local); }
  bool Matches(std::string_view qname, std::string_view local) const;
  // The local name of an element under this prefix, or "" for other elements.
  std::string_view Local(pugi::xml_node n) const;
  pugi::xml_node Child(pugi::xml_node n, std::string_view local) const;
  pugi::xml_attribute Attr(pugi::xml_node n, std::string_view local) const;
  // The prefixed name, e.g. "w:val".
  std::string Qualified(std::string_view local) const;

 private:
  std::string prefix_;
};

struct XmlPart {
  std::string name;    // part name inside the package, e.g. "word/document.xml"
  std::string buffer;  // the part's bytes; parsed in place, so `doc` points into it
  pugi::xml_document doc;
  Names w;  // WordprocessingML names
};

// Parses `bytes` (moved into out.buffer) as the part `name`. Throws Error(kBadInput)
// "<name>: XML error at offset N: <description>" for malformed XML, and
// "<name>: not a WordprocessingML part" when the root declares neither Word namespace.
void ParseXmlPart(const std::string& name, std::string bytes, XmlPart& out);

// The prefix bound to `uri` by an xmlns declaration on `n` or one of its ancestors.
std::optional<std::string> PrefixFor(pugi::xml_node n, std::string_view uri);

// The prefix of a QName ("" when there is none).
std::string_view PrefixOf(std::string_view qname);

// ST_OnOff: absent attribute or "true"/"on"/"1" is true; "false"/"off"/"0" is false.
bool OnOff(pugi::xml_node n, const Names& w);

}  // namespace tablift::docx
