#include "extractors/docx/numbering.h"

#include <algorithm>

#include "core/text.h"
#include "extractors/docx/content_walk.h"
#include "extractors/package/number_format.h"

namespace tablift::docx {
namespace {

bool ValidLevel(std::optional<int> ilvl) { return ilvl && *ilvl >= 0 && *ilvl < kListLevels; }

LevelDef ReadLevel(pugi::xml_node lvl, const Names& w) {
  LevelDef d;
  if (auto start = IntAttr(w.Child(lvl, "start"), w)) d.start = *start;
  // Word 2010+ wraps custom formats in mc:AlternateContent with a standard format as fallback.
  ContentWalker(w).ForEach(lvl, [&](pugi::xml_node f) {
    if (w.Is(f, "numFmt")) d.num_fmt = w.Attr(f, "val").value();
  });
  d.lvl_text = w.Attr(w.Child(lvl, "lvlText"), "val").value();
  if (pugi::xml_node r = w.Child(lvl, "lvlRestart")) d.restart = IntAttr(r, w);
  if (pugi::xml_node lgl = w.Child(lvl, "isLgl")) d.is_lgl = OnOff(lgl, w);
  d.pstyle = w.Attr(w.Child(lvl, "pStyle"), "val").value();
  return d;
}

// True when the level shows a bullet: numFmt "bullet", or a lone bullet glyph as its text.
bool IsBulletLevel(const LevelDef& d) {
  if (d.num_fmt == "bullet") return true;
  std::size_t pos = 0;
  if (d.lvl_text.empty()) return false;
  const char32_t cp = DecodeUtf8(d.lvl_text, pos);
  return pos == d.lvl_text.size() && IsBulletGlyph(cp);
}

}  // namespace

NumberingDefs::NumberingDefs(const WordPart& part, const StyleSheet& styles) {
  const Names& w = part.w;
  for (pugi::xml_node n : part.doc.document_element().children()) {
    if (w.Is(n, "abstractNum")) ReadAbstract(n, w);
    if (w.Is(n, "num")) ReadNum(n, w);
  }
  for (const auto& [id, num] : nums_) {
    const int key = ResolveAbstract(num.abstract_id, styles);
    const auto abstract = abstracts_.find(key);
    Levels levels = abstract == abstracts_.end() ? Levels{} : abstract->second;
    for (int i = 0; i < kListLevels; ++i) {
      if (num.overrides[i]) levels[i] = num.overrides[i];
      if (levels[i] && num.start_overrides[i]) levels[i]->start = *num.start_overrides[i];
    }
    resolved_.emplace(id, std::move(levels));
    counter_keys_.emplace(id, key);
  }
}

void NumberingDefs::ReadAbstract(pugi::xml_node n, const Names& w) {
  const std::optional<int> id = IntAttr(n, w, "abstractNumId");
  if (!id) return;
  Levels& levels = abstracts_[*id];
  for (pugi::xml_node lvl : n.children()) {
    const std::optional<int> ilvl = IntAttr(lvl, w, "ilvl");
    if (w.Is(lvl, "lvl") && ValidLevel(ilvl)) levels[*ilvl] = ReadLevel(lvl, w);
  }
  if (pugi::xml_node link = w.Child(n, "numStyleLink")) {
    style_links_[*id] = w.Attr(link, "val").value();
  }
}

void NumberingDefs::ReadNum(pugi::xml_node n, const Names& w) {
  const std::optional<int> id = IntAttr(n, w, "numId");
  if (!id) return;
  Num& num = nums_[*id];
  num.abstract_id = IntAttr(w.Child(n, "abstractNumId"), w).value_or(-1);
  for (pugi::xml_node o : n.children()) {
    const std::optional<int> ilvl = IntAttr(o, w, "ilvl");
    if (!w.Is(o, "lvlOverride") || !ValidLevel(ilvl)) continue;
    if (pugi::xml_node lvl = w.Child(o, "lvl")) num.overrides[*ilvl] = ReadLevel(lvl, w);
    num.start_overrides[*ilvl] = IntAttr(w.Child(o, "startOverride"), w);
  }
}

// The abstractNum whose levels (and counters) `abstract_id` uses, following one w:numStyleLink
// hop (numbering style -> numId -> that num's abstractNum), as Word does; a second link is not
// followed, so links cannot loop.
int NumberingDefs::ResolveAbstract(int abstract_id, const StyleSheet& styles) const {
  const auto link = style_links_.find(abstract_id);
  if (link == style_links_.end()) return abstract_id;
  const std::optional<int> num_id = styles.NumIdOfNumberingStyle(link->second);
  const auto num = num_id ? nums_.find(*num_id) : nums_.end();
  if (num == nums_.end() || !abstracts_.count(num->second.abstract_id)) return abstract_id;
  return num->second.abstract_id;
}

int NumberingDefs::CounterKey(int num_id) const {
  const auto it = counter_keys_.find(num_id);
  return it == counter_keys_.end() ? -1 : it->second;
}

bool NumberingDefs::RestartsLevel(int num_id, int ilvl) const {
  const auto it = nums_.find(num_id);
  return it != nums_.end() && ilvl >= 0 && ilvl < kListLevels &&
         it->second.start_overrides[ilvl].has_value();
}

const LevelDef* NumberingDefs::Level(int num_id, int ilvl) const {
  const auto it = resolved_.find(num_id);
  if (it == resolved_.end() || ilvl < 0 || ilvl >= kListLevels) return nullptr;
  const std::optional<LevelDef>& d = it->second[ilvl];
  return d ? &*d : nullptr;
}

std::optional<int> NumberingDefs::LevelForStyle(int num_id, const std::string& style_id) const {
  const auto it = resolved_.find(num_id);
  if (it == resolved_.end() || style_id.empty()) return std::nullopt;
  for (int i = 0; i < kListLevels; ++i) {
    if (it->second[i] && it->second[i]->pstyle == style_id) return i;
  }
  return std::nullopt;
}

ListInfo ListCounters::Next(int num_id, int ilvl) {
  ilvl = std::clamp(ilvl, 0, kListLevels - 1);
  const LevelDef* d = defs_.Level(num_id, ilvl);
  if (num_id == 0 || !d) return {};
  Values& values = values_[defs_.CounterKey(num_id)];
  if (started_.insert(num_id).second) {
    for (int l = 0; l < kListLevels; ++l) {
      if (defs_.RestartsLevel(num_id, l)) values[l].reset();
    }
  }
  values[ilvl] = values[ilvl] ? *values[ilvl] + 1 : d->start;
  for (int deeper = ilvl + 1; deeper < kListLevels; ++deeper) {
    const LevelDef* dd = defs_.Level(num_id, deeper);
    const std::optional<int> restart = dd ? dd->restart : std::nullopt;
    if (!restart || (*restart > 0 && ilvl + 1 <= *restart)) values[deeper].reset();
  }
  // A bullet level counts too: using it restarts the numbered levels below it.
  if (IsBulletLevel(*d)) return {ListKind::kBullet, ilvl, kBulletMarker};
  std::string marker = Render(num_id, ilvl, values);
  if (marker.empty()) return {};
  return {ListKind::kNumbered, ilvl, std::move(marker)};
}

std::string ListCounters::Render(int num_id, int ilvl, const Values& values) const {
  const LevelDef* d = defs_.Level(num_id, ilvl);
  const std::string& text = d->lvl_text;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int ref = i + 1 < text.size() ? text[i + 1] - '1' : -1;
    if (text[i] != '%' || ref < 0 || ref >= kListLevels) {
      out += text[i];
      continue;
    }
    const LevelDef* rd = defs_.Level(num_id, ref);
    const int value = values[ref].value_or(rd ? rd->start : 1);
    const bool decimal = d->is_lgl || !rd;  // isLgl: every number in this text is decimal
    out += package::FormatNumber(value, decimal ? "decimal" : rd->num_fmt);
    ++i;
  }
  return out;
}

}  // namespace tablift::docx
