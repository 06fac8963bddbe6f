// OdfStyles: what the ODT extractor needs from an OpenDocument text's styles: list styles (the
// marker of each list level) and paragraph styles (their parent chain, list style and whether
// they are caption styles).
//
// Read from the common styles of styles.xml (office:styles) and the automatic styles of
// content.xml; an automatic style of the same name wins. Parent chains are followed at most
// kMaxParentDepth styles deep (a loop in a hostile file ends there). Immutable; thread-compatible.
#pragma once

#include <array>
#include <map>
#include <string>

#include "extractors/odt/odf_names.h"

namespace tablift::odt {

enum class LevelKind { kNone, kBullet, kNumber };

// One level of a list style (text:list-level-style-bullet / -number / -image).
struct LevelStyle {
  LevelKind kind = LevelKind::kNone;
  std::string num_format;  // style:num-format: "1", "a", "A", "i", "I" or "" (no number)
  std::string prefix;      // style:num-prefix
  std::string suffix;      // style:num-suffix
  int display_levels = 1;  // text:display-levels: how many levels the number shows ("1.2")
  int start_value = 1;     // text:start-value
};

// ODF list styles have levels 1..10.
inline constexpr int kListLevels = 10;
using ListStyle = std::array<LevelStyle, kListLevels>;

class OdfStyles {
 public:
  static constexpr int kMaxParentDepth = 32;

  OdfStyles() = default;
  // Reads the styles of `root` (an office:document-styles or office:document-content element):
  // its office:styles, and its office:automatic-styles when `automatic` (those of styles.xml
  // serve headers and footers, not the body).
  void Read(pugi::xml_node root, const OdfNames& n, bool automatic);

  // The list style `name`, or nullptr.
  const ListStyle* List(const std::string& name) const;
  // The list style a paragraph style (or one of its parents) names, or "".
  std::string ListStyleOf(const std::string& paragraph_style) const;
  // True when the paragraph style or a parent is named (or displayed as) "Caption", any case.
  bool IsCaption(const std::string& paragraph_style) const;
  // The list level the paragraph style or its nearest named parent stands for in Word's
  // built-in ladder ("List Bullet 2" -> 1, package::BuiltinListDepth); 0 when none.
  int BuiltinListDepth(const std::string& paragraph_style) const;

 private:
  struct ParagraphStyle {
    std::string parent;
    std::string list_style;
    bool caption = false;
    int ladder_depth = 0;  // package::BuiltinListDepth of its name or display name
  };
  void ReadList(pugi::xml_node list, const OdfNames& n);

  std::map<std::string, ListStyle> lists_;
  std::map<std::string, ParagraphStyle> paragraphs_;
};

}  // namespace tablift::odt
