#include "extractors/docx/paragraph_reader.h"

#include <algorithm>

#include "core/text.h"

namespace tablift::docx {
namespace {

// Word's default list ladder indents level N by (N+1) * 720 twips (half an inch per level).
constexpr int kTwipsPerLevel = 720;
constexpr char32_t kNoBreakSpace = 0x00A0;

bool IsSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == kNoBreakSpace; }

}  // namespace

bool StripTypedBullet(std::string& text) {
  std::size_t pos = text.find_first_not_of(" \t");
  if (pos == std::string::npos) return false;
  if (!IsBulletGlyph(DecodeUtf8(text, pos))) return false;
  std::size_t end = pos;
  if (end >= text.size() || !IsSpace(DecodeUtf8(text, end))) return false;
  for (std::size_t next = end; next < text.size() && IsSpace(DecodeUtf8(text, next));) {
    end = next;
  }
  text.erase(0, end);
  return true;
}

ReadParagraph ParagraphReader::Read(pugi::xml_node p, RunTextReader& text) {
  ReadParagraph out;
  const pugi::xml_node ppr = w_.Child(p, "pPr");
  const std::string style = w_.Attr(w_.Child(ppr, "pStyle"), "val").value();
  out.caption_style = !style.empty() && styles_.IsCaption(style);
  out.paragraph.text = text.ParagraphText(p);
  const pugi::xml_node mark = w_.Child(ppr, "rPr");
  out.mark_deleted = w_.Child(mark, "del") || w_.Child(mark, "moveFrom");
  if (out.mark_deleted) return out;
  out.paragraph.list = ListOf(ppr, style);
  if (out.paragraph.list.kind == ListKind::kNone && StripTypedBullet(out.paragraph.text)) {
    out.paragraph.list = {ListKind::kBullet, TypedBulletLevel(ppr, style), kBulletMarker};
  }
  return out;
}

ListInfo ParagraphReader::ListOf(pugi::xml_node ppr, const std::string& style) {
  NumPr num = ReadNumPr(w_.Child(ppr, "numPr"), w_);
  const NumPr inherited = style.empty() ? NumPr{} : styles_.NumberingOf(style);
  if (!num.num_id) num.num_id = inherited.num_id;
  if (!num.ilvl) num.ilvl = inherited.ilvl;
  if (!num.num_id || *num.num_id == 0) return {};
  if (!num.ilvl) num.ilvl = numbering_.LevelForStyle(*num.num_id, style);
  ListInfo info = counters_.Next(*num.num_id, num.ilvl.value_or(0));
  if (info.kind != ListKind::kNone && !style.empty()) {
    info.level = std::max(info.level, styles_.BuiltinListDepth(style));
  }
  return info;
}

int ParagraphReader::TypedBulletLevel(pugi::xml_node ppr, const std::string& style) const {
  std::optional<int> left = ReadLeftIndent(ppr, w_);
  if (!left && !style.empty()) left = styles_.LeftIndentOf(style);
  if (!left || *left <= kTwipsPerLevel) return 0;
  return std::min((*left - 1) / kTwipsPerLevel, kListLevels - 1);
}

}  // namespace tablift::docx
