// Numbering: list definitions from numbering.xml and the running counters that render markers.
//
// NumberingDefs holds w:abstractNum levels and w:num instances (with w:lvlOverride: a whole
// replacement w:lvl and/or w:startOverride). ListCounters keeps the counters in document order
// as Word does (ECMA-376 17.9; also how Word continues a list after an interruption): one per
// abstract numbering definition and level, shared by every w:num that uses that definition; the
// first paragraph of a w:num with a w:startOverride restarts the overridden levels. A level
// starts at w:start (or the override) and counts up; using a level resets the deeper levels
// (unless their w:lvlRestart says otherwise). Markers render from
// w:lvlText, where %N is level N-1's counter in that level's w:numFmt (decimal under w:isLgl).
// Bullet levels count like any other level (so they restart the levels below them).
// Defs are immutable after construction; ListCounters is a mutable, single-threaded state.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/table.h"
#include "extractors/docx/styles.h"
#include "extractors/docx/word_part.h"

namespace tablift::docx {

inline constexpr int kListLevels = 9;  // WordprocessingML levels 0..8

struct LevelDef {
  int start = 1;
  std::string num_fmt = "decimal";
  std::string lvl_text;
  std::optional<int> restart;  // w:lvlRestart: 0 = never, N = after level N-1 is used
  bool is_lgl = false;
  std::string pstyle;  // w:pStyle linking a paragraph style to this level
};

class NumberingDefs {
 public:
  NumberingDefs() = default;  // no numbering part: nothing is a list
  // `styles` resolves w:numStyleLink (an abstractNum that takes its levels from the list a
  // numbering style points to).
  NumberingDefs(const WordPart& numbering, const StyleSheet& styles);

  // The level definition for (numId, ilvl) with overrides applied, or null when undefined.
  const LevelDef* Level(int num_id, int ilvl) const;
  // The level of numId whose w:pStyle is `style_id`, if any.
  std::optional<int> LevelForStyle(int num_id, const std::string& style_id) const;
  // The abstract definition whose counters numId shares (w:numStyleLink followed).
  int CounterKey(int num_id) const;
  // True when numId restarts level `ilvl` with a w:startOverride.
  bool RestartsLevel(int num_id, int ilvl) const;

 private:
  using Levels = std::array<std::optional<LevelDef>, kListLevels>;
  struct Num {
    int abstract_id = -1;
    Levels overrides;
    std::array<std::optional<int>, kListLevels> start_overrides;
  };
  void ReadAbstract(pugi::xml_node n, const Names& w);
  void ReadNum(pugi::xml_node n, const Names& w);
  int ResolveAbstract(int abstract_id, const StyleSheet& styles) const;

  std::unordered_map<int, Levels> abstracts_;
  std::unordered_map<int, std::string> style_links_;  // abstractNumId -> w:numStyleLink
  std::unordered_map<int, Num> nums_;
  std::unordered_map<int, Levels> resolved_;   // numId -> levels with overrides applied
  std::unordered_map<int, int> counter_keys_;  // numId -> abstractNumId after style links
};

class ListCounters {
 public:
  explicit ListCounters(const NumberingDefs& defs) : defs_(defs) {}
  // Advances the counter of (numId, ilvl) and returns the paragraph's list info: kBullet "•"
  // for bullet levels, kNumbered with the rendered marker, kNone when numId is 0 or undefined or
  // the marker renders empty. `ilvl` outside 0..8 is clamped.
  ListInfo Next(int num_id, int ilvl);

 private:
  using Values = std::array<std::optional<int>, kListLevels>;
  std::string Render(int num_id, int ilvl, const Values& values) const;

  const NumberingDefs& defs_;
  std::unordered_map<int, Values> values_;  // by NumberingDefs::CounterKey
  std::unordered_set<int> started_;         // numIds already used
};

// The marker for bullets, whatever glyph the document uses.
inline constexpr const char* kBulletMarker = "\u2022";

}  // namespace tablift::docx
