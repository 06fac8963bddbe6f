#include "extractors/docx/word_part.h"

#include <optional>

#include "core/error.h"

namespace tablift::docx {

void ParseWordPart(const std::string& name, std::string bytes, WordPart& out) {
  package::ParseXmlPart(name, std::move(bytes), out);
  const pugi::xml_node root = out.doc.document_element();
  std::optional<std::string> w = PrefixFor(root, kWordNsTransitional);
  if (!w) w = PrefixFor(root, kWordNsStrict);
  if (!w) throw Error(ExitCode::kBadInput, name + ": not a WordprocessingML part");
  out.w = Names(*w);
}

bool OnOff(pugi::xml_node n, const Names& w) {
  const pugi::xml_attribute a = w.Attr(n, "val");
  if (!a) return true;
  const std::string_view v = a.value();
  return !(v == "false" || v == "off" || v == "0");
}

}  // namespace tablift::docx
