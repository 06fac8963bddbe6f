#include "extractors/package/xml_part.h"

#include <fmt/core.h>

#include "core/error.h"

namespace tablift::package {

bool Names::Matches(std::string_view qname, std::string_view local) const {
  if (prefix_.empty()) return qname == local;
  return qname.size() == prefix_.size() + 1 + local.size() && qname[prefix_.size()] == ':' &&
         qname.substr(0, prefix_.size()) == prefix_ && qname.substr(prefix_.size() + 1) == local;
}

std::string_view Names::Local(pugi::xml_node n) const {
  const std::string_view q = n.name();
  if (prefix_.empty()) return q.find(':') == std::string_view::npos ? q : std::string_view();
  if (q.size() <= prefix_.size() + 1 || q[prefix_.size()] != ':' ||
      q.substr(0, prefix_.size()) != prefix_) {
    return {};
  }
  return q.substr(prefix_.size() + 1);
}

pugi::xml_node Names::Child(pugi::xml_node n, std::string_view local) const {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (Is(c, local)) return c;
  }
  return {};
}

pugi::xml_attribute Names::Attr(pugi::xml_node n, std::string_view local) const {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    if (Matches(a.name(), local)) return a;
  }
  return {};
}

std::string Names::Qualified(std::string_view local) const {
  return prefix_.empty() ? std::string(local) : prefix_ + ":" + std::string(local);
}

std::string_view PrefixOf(std::string_view qname) {
  const auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

std::optional<std::string> PrefixFor(pugi::xml_node n, std::string_view uri) {
  for (; n; n = n.parent()) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
      const std::string_view name = a.name();
      if (uri != a.value()) continue;
      if (name == "xmlns") return std::string();
      if (name.substr(0, 6) == "xmlns:") return std::string(name.substr(6));
    }
  }
  return std::nullopt;
}

void ParseXmlPart(const std::string& name, std::string bytes, XmlPart& out) {
  out.name = name;
  out.buffer = std::move(bytes);
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result r =
      out.doc.load_buffer_inplace(out.buffer.data(), out.buffer.size(), options);
  if (!r) {
    throw Error(ExitCode::kBadInput,
                fmt::format("{}: XML error at offset {}: {}", name, r.offset, r.description()));
  }
}

}  // namespace tablift::package
