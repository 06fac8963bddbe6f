// Cell text rules (docs/normalizer.md, "Text"): NFC, control characters, whitespace, list
// markers. Works line by line: a paragraph's "\n" line breaks stay line breaks.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "normalizer/normalizer.h"

namespace tablift {
namespace {

// The rendered bullet (U+2022) that every bullet item starts with.
constexpr std::string_view kBullet = "\xE2\x80\xA2";
constexpr char32_t kNoBreakSpace = 0x00A0;

bool IsControl(char32_t cp) {
  return (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp < 0xA0);
}

// NFC, then every control character except "\n" and "\t" becomes a space.
std::string CleanCharacters(std::string_view text) {
  const std::string nfc = NormalizeNfc(text);
  std::string out;
  out.reserve(nfc.size());
  std::size_t pos = 0;
  while (pos < nfc.size()) {
    const char32_t cp = DecodeUtf8(nfc, pos);
    AppendUtf8(out, IsControl(cp) ? U' ' : cp);
  }
  return out;
}

// Collapses runs of spaces and tabs to one space and trims them at both ends. No-break spaces
// are content and are left alone.
std::string CollapseLine(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  for (char c : line) {
    if (c == ' ' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    lines.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return lines;
    start = end + 1;
  }
}

bool IsSeparator(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == kNoBreakSpace; }

// A typed bullet: a line of a plain paragraph that starts with a bullet glyph followed by
// whitespace. Returns the text after the glyph and its separators, or nullopt.
std::optional<std::string> TypedBulletText(const std::string& line) {
  std::size_t pos = 0;
  if (line.empty() || !IsBulletGlyph(DecodeUtf8(line, pos)) || pos >= line.size()) {
    return std::nullopt;
  }
  std::size_t rest = pos;
  if (!IsSeparator(DecodeUtf8(line, rest))) return std::nullopt;
  while (pos < line.size()) {
    std::size_t next = pos;
    if (!IsSeparator(DecodeUtf8(line, next))) break;
    pos = next;
  }
  return CollapseLine(std::string_view(line).substr(pos));
}

// The prefix of a list item's first line ("• ", "3. "), without indentation.
std::string MarkerPrefix(const ListInfo& list) {
  if (list.kind == ListKind::kBullet) return std::string(kBullet) + " ";
  if (list.kind == ListKind::kNumbered) {
    const std::string marker = CollapseLine(NormalizeNfc(list.marker));
    if (!marker.empty()) return marker + " ";
  }
  return "";
}

// Renders one paragraph's non-empty lines into `out` (lines separated by "\n").
void AppendParagraph(const Paragraph& p, const NormalizeOptions& options, std::string& out) {
  const int level = p.list.kind == ListKind::kNone ? 0 : std::max(p.list.level, 0);
  const std::string indent(static_cast<std::size_t>(level * std::max(options.list_indent, 0)),
                           ' ');
  std::string prefix = MarkerPrefix(p.list);
  for (const std::string& raw : SplitLines(CleanCharacters(p.text))) {
    std::string line = CollapseLine(raw);
    if (line.empty()) continue;
    if (p.list.kind == ListKind::kNone) {
      if (auto typed = TypedBulletText(line); typed && !typed->empty()) {
        line = std::string(kBullet) + " " + *typed;
      }
    }
    if (!out.empty()) out += '\n';
    out += indent;
    out += prefix;
    out += line;
    prefix.clear();  // continuation lines carry the indentation, not the marker
  }
}

}  // namespace

std::string CellText(const Cell& cell, const NormalizeOptions& options) {
  std::string out;
  for (const Paragraph& p : cell.paragraphs) AppendParagraph(p, options, out);
  return out;
}

std::string OneLine(std::string_view text) {
  std::string out;
  for (const std::string& line : SplitLines(text)) {
    const std::string trimmed = CollapseLine(line);
    if (trimmed.empty()) continue;
    if (!out.empty()) out += ' ';
    out += trimmed;
  }
  return out;
}

}  // namespace tablift
