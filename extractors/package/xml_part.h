// XmlPart: one parsed XML part of a document package, and Names for matching its elements.
//
// pugixml matches element names by QName, so an extractor resolves the prefix bound to each
// namespace it reads once from the root element's xmlns declarations (PrefixFor) and does all
// name tests through Names::Is()/Child()/Attr(), which compare the local name under that prefix.
// Parsing keeps a whitespace-only text node when it is its element's only child, so
// <w:t xml:space="preserve"> </w:t> is a real space. A DOCTYPE is skipped and entities are never
// expanded (pugixml has no DTD support), so no entity expansion can blow up.
// Immutable after construction; thread-compatible.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace tablift::package {

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
};

// Parses `bytes` (moved into out.buffer) as the part `name`. Throws Error(kBadInput)
// "<name>: XML error at offset N: <description>" for malformed XML.
void ParseXmlPart(const std::string& name, std::string bytes, XmlPart& out);

// The prefix bound to `uri` by an xmlns declaration on `n` or one of its ancestors.
std::optional<std::string> PrefixFor(pugi::xml_node n, std::string_view uri);

// The prefix of a QName ("" when there is none).
std::string_view PrefixOf(std::string_view qname);

}  // namespace tablift::package
