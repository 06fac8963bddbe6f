#include "extractors/docx/content_walk.h"

namespace tablift::docx {
namespace {

constexpr std::string_view kAlternateContent = "AlternateContent";

std::string_view LocalOf(std::string_view qname) {
  const auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

}  // namespace

bool IsAlternateContent(pugi::xml_node n) {
  const std::string_view name = n.name();
  if (LocalOf(name) != kAlternateContent) return false;
  const std::optional<std::string> prefix = PrefixFor(n, kMarkupCompatNs);
  return prefix && *prefix == PrefixOf(name);
}

ContentWalker::Role ContentWalker::Classify(pugi::xml_node n) const {
  const std::string_view local = w_.Local(n);
  if (local.empty()) return IsAlternateContent(n) ? Role::kUnwrap : Role::kVisit;
  if (local == "sdt" || local == "customXml" || local == "smartTag" || local == "hyperlink" ||
      local == "fldSimple" || local == "ins" || local == "moveTo" || local == "dir" ||
      local == "bdo" || local == "ruby" || local == "rubyBase") {
    return Role::kUnwrap;
  }
  if (local == "del" || local == "moveFrom" || local == "rt") return Role::kDrop;
  return Role::kVisit;
}

pugi::xml_node ContentWalker::Inner(pugi::xml_node n) const {
  if (w_.Is(n, "sdt")) return w_.Child(n, "sdtContent");
  if (!IsAlternateContent(n)) return n;
  pugi::xml_node first_choice;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    const std::string_view local = LocalOf(c.name());
    if (local == "Fallback" && PrefixOf(c.name()) == PrefixOf(n.name())) return c;
    if (local == "Choice" && !first_choice) first_choice = c;
  }
  return first_choice;
}

}  // namespace tablift::docx
