#include "extractors/docx/styles.h"

#include <charconv>

#include "extractors/package/ascii.h"
#include "extractors/package/list_ladder.h"

namespace tablift::docx {
namespace {

// basedOn chains in real documents are a handful of styles deep; this bounds cycles.
constexpr int kMaxStyleChain = 32;

}  // namespace

std::optional<int> IntAttr(pugi::xml_node n, const Names& w, std::string_view local) {
  const pugi::xml_attribute a = w.Attr(n, local);
  if (!a) return std::nullopt;
  const std::string_view v = a.value();
  long long value = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
  constexpr long long kBound = 1000000000;
  if (ec != std::errc() || end != v.data() + v.size() || value < -kBound || value > kBound) {
    return std::nullopt;
  }
  return static_cast<int>(value);
}

NumPr ReadNumPr(pugi::xml_node num_pr, const Names& w) {
  NumPr out;
  if (!num_pr) return out;
  if (pugi::xml_node id = w.Child(num_pr, "numId")) out.num_id = IntAttr(id, w);
  if (pugi::xml_node lvl = w.Child(num_pr, "ilvl")) out.ilvl = IntAttr(lvl, w);
  return out;
}

std::optional<int> ReadLeftIndent(pugi::xml_node ppr, const Names& w) {
  const pugi::xml_node ind = w.Child(ppr, "ind");
  if (!ind) return std::nullopt;
  if (auto left = IntAttr(ind, w, "left")) return left;
  return IntAttr(ind, w, "start");
}

StyleSheet::StyleSheet(const WordPart& part) {
  const Names& w = part.w;
  for (pugi::xml_node s : part.doc.document_element().children()) {
    if (!w.Is(s, "style")) continue;
    const std::string_view type = w.Attr(s, "type").value();
    if (type == "numbering") {
      const NumPr num = ReadNumPr(w.Child(w.Child(s, "pPr"), "numPr"), w);
      if (num.num_id) numbering_styles_.emplace(w.Attr(s, "styleId").value(), *num.num_id);
    }
    if (!type.empty() && type != "paragraph") continue;
    Style style;
    style.name = package::AsciiLower(w.Attr(w.Child(s, "name"), "val").value());
    style.based_on = w.Attr(w.Child(s, "basedOn"), "val").value();
    const pugi::xml_node ppr = w.Child(s, "pPr");
    style.num = ReadNumPr(w.Child(ppr, "numPr"), w);
    style.left_indent = ReadLeftIndent(ppr, w);
    styles_.emplace(w.Attr(s, "styleId").value(), std::move(style));
  }
}

std::optional<int> StyleSheet::NumIdOfNumberingStyle(const std::string& style_id) const {
  const auto it = numbering_styles_.find(style_id);
  if (it == numbering_styles_.end()) return std::nullopt;
  return it->second;
}

const StyleSheet::Style* StyleSheet::Find(const std::string& id) const {
  const auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

NumPr StyleSheet::NumberingOf(const std::string& style_id) const {
  NumPr out;
  const Style* s = Find(style_id);
  for (int i = 0; s && i < kMaxStyleChain; ++i, s = Find(s->based_on)) {
    if (!out.num_id) out.num_id = s->num.num_id;
    if (!out.ilvl) out.ilvl = s->num.ilvl;
  }
  return out;
}

std::optional<int> StyleSheet::LeftIndentOf(const std::string& style_id) const {
  const Style* s = Find(style_id);
  for (int i = 0; s && i < kMaxStyleChain; ++i, s = Find(s->based_on)) {
    if (s->left_indent) return s->left_indent;
  }
  return std::nullopt;
}

bool StyleSheet::IsCaption(const std::string& style_id) const {
  if (package::AsciiLower(style_id) == "caption") return true;
  const Style* s = Find(style_id);
  for (int i = 0; s && i < kMaxStyleChain; ++i, s = Find(s->based_on)) {
    if (s->name == "caption") return true;
    if (package::AsciiLower(s->based_on) == "caption") return true;
  }
  return false;
}

int StyleSheet::BuiltinListDepth(const std::string& style_id) const {
  const Style* s = Find(style_id);
  return s ? package::BuiltinListDepth(s->name) : 0;
}

}  // namespace tablift::docx
