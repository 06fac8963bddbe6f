#include "extractors/odt/styles.h"

#include "extractors/package/ascii.h"
#include "extractors/package/list_ladder.h"

namespace tablift::odt {
namespace {

constexpr std::string_view kCaptionStyle = "caption";

bool NamedCaption(pugi::xml_node style, const Names& s) {
  return package::AsciiLower(s.Attr(style, "name").value()) == kCaptionStyle ||
         package::AsciiLower(s.Attr(style, "display-name").value()) == kCaptionStyle;
}

LevelStyle ReadLevel(pugi::xml_node lvl, const OdfNames& n, LevelKind kind) {
  LevelStyle out;
  out.kind = kind;
  if (kind != LevelKind::kNumber) return out;
  out.num_format = n.style.Attr(lvl, "num-format").value();
  out.prefix = n.style.Attr(lvl, "num-prefix").value();
  out.suffix = n.style.Attr(lvl, "num-suffix").value();
  out.display_levels = CountAttr(n.text.Attr(lvl, "display-levels"), kListLevels);
  out.start_value = CountAttr(n.text.Attr(lvl, "start-value"), 1 << 30);
  return out;
}

}  // namespace

void OdfStyles::ReadList(pugi::xml_node list, const OdfNames& n) {
  ListStyle& style = lists_[n.style.Attr(list, "name").value()];
  style = ListStyle{};
  for (pugi::xml_node lvl = list.first_child(); lvl; lvl = lvl.next_sibling()) {
    const std::string_view local = n.text.Local(lvl);
    LevelKind kind = LevelKind::kNone;
    if (local == "list-level-style-number") kind = LevelKind::kNumber;
    if (local == "list-level-style-bullet" || local == "list-level-style-image") {
      kind = LevelKind::kBullet;
    }
    if (kind == LevelKind::kNone) continue;
    bool clamped = false;  // a level past 10 is no level
    const int level = CountAttr(n.text.Attr(lvl, "level"), kListLevels + 1, &clamped);
    if (level > kListLevels) continue;
    style[static_cast<std::size_t>(level - 1)] = ReadLevel(lvl, n, kind);
  }
}

void OdfStyles::Read(pugi::xml_node root, const OdfNames& n, bool automatic) {
  for (pugi::xml_node group = root.first_child(); group; group = group.next_sibling()) {
    if (!n.office.Is(group, "styles") && !(automatic && n.office.Is(group, "automatic-styles"))) {
      continue;
    }
    for (pugi::xml_node s = group.first_child(); s; s = s.next_sibling()) {
      if (n.text.Is(s, "list-style")) {
        ReadList(s, n);
      } else if (n.style.Is(s, "style") &&
                 std::string_view(n.style.Attr(s, "family").value()) == "paragraph") {
        const std::string_view display = n.style.Attr(s, "display-name").value();
        paragraphs_[n.style.Attr(s, "name").value()] = ParagraphStyle{
            n.style.Attr(s, "parent-style-name").value(),
            n.style.Attr(s, "list-style-name").value(), NamedCaption(s, n.style),
            package::BuiltinListDepth(display.empty() ? n.style.Attr(s, "name").value() : display)};
      }
    }
  }
}

const ListStyle* OdfStyles::List(const std::string& name) const {
  const auto it = lists_.find(name);
  return it == lists_.end() ? nullptr : &it->second;
}

std::string OdfStyles::ListStyleOf(const std::string& paragraph_style) const {
  std::string name = paragraph_style;
  for (int depth = 0; depth < kMaxParentDepth && !name.empty(); ++depth) {
    const auto it = paragraphs_.find(name);
    if (it == paragraphs_.end()) return "";
    if (!it->second.list_style.empty()) return it->second.list_style;
    name = it->second.parent;
  }
  return "";
}

bool OdfStyles::IsCaption(const std::string& paragraph_style) const {
  std::string name = paragraph_style;
  for (int depth = 0; depth < kMaxParentDepth && !name.empty(); ++depth) {
    if (package::AsciiLower(name) == kCaptionStyle) return true;
    const auto it = paragraphs_.find(name);
    if (it == paragraphs_.end()) return false;
    if (it->second.caption) return true;
    name = it->second.parent;
  }
  return false;
}

int OdfStyles::BuiltinListDepth(const std::string& paragraph_style) const {
  std::string name = paragraph_style;
  for (int depth = 0; depth < kMaxParentDepth && !name.empty(); ++depth) {
    const auto it = paragraphs_.find(name);
    if (it == paragraphs_.end()) return 0;
    if (it->second.ladder_depth > 0) return it->second.ladder_depth;
    name = it->second.parent;
  }
  return 0;
}

}  // namespace tablift::odt
