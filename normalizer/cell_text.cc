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

// Unicode's own line and paragraph separators: line breaks like "\n".
bool IsLineSeparator(char32_t cp) { return cp == 0x2028 || cp == 0x2029; }

// NFC, then every control character except "\n" and "\t" becomes a space and U+2028/U+2029
// become "\n".
std::string CleanCharacters(std::string_view text) {
  const std::string nfc = NormalizeNfc(text);
  std::string out;
  out.reserve(nfc.size());
  std::size_t pos = 0;
  while (pos < nfc.size()) {
    const unsigned char byte = static_cast<unsigned char>(nfc[pos]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII: the common case, copied as is
      out += static_cast<char>(byte);
      ++pos;
      continue;
    }
    const char32_t cp = DecodeUtf8(nfc, pos);
    AppendUtf8(out, IsControl(cp) ? U' ' : IsLineSeparator(cp) ? U'\n' : cp);
  }
  return out;
}

// Unicode space separators (category Zs) and tabs: trimmed at the ends of a line, where they
// only pad (Word documents often end a paragraph with a no-break space). Inside a line only
// ASCII spaces and tabs collapse; the others are content.
bool IsEdgeSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == kNoBreakSpace || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Start of the UTF-8 sequence that ends just before `end` (end > 0).
std::size_t PreviousCodePointStart(std::string_view s, std::size_t end) {
  std::size_t start = end - 1;
  const std::size_t floor = end >= 4 ? end - 4 : 0;
  while (start > floor && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return start;
}

// Drops edge spaces from both ends, decoding only the code points at the edges.
std::string_view TrimEdgeSpaces(std::string_view line) {
  std::size_t begin = 0;
  while (begin < line.size()) {
    std::size_t next = begin;
    if (!IsEdgeSpace(DecodeUtf8(line, next))) break;
    begin = next;
  }
  std::size_t end = line.size();
  while (end > begin) {
    const std::size_t start = PreviousCodePointStart(line, end);
    std::size_t next = start;
    // A sequence that does not decode back to `end` is malformed: keep it as content.
    if (!IsEdgeSpace(DecodeUtf8(line, next)) || next != end) break;
    end = start;
  }
  return line.substr(begin, end - begin);
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Trims a line (see IsEdgeSpace) and collapses each inner run of spaces and tabs to one space.
// Copies the runs between blanks in one piece each: this runs over every byte of every cell.
std::string CollapseLine(std::string_view line) {
  const std::string_view t = TrimEdgeSpaces(line);
  std::string out;
  out.reserve(t.size());
  std::size_t pos = 0;
  while (pos < t.size()) {
    std::size_t blank = pos;
    while (blank < t.size() && !IsBlank(t[blank])) ++blank;
    out.append(t.substr(pos, blank - pos));
    if (blank == t.size()) break;
    out += ' ';  // a trimmed line never ends in a blank, so more text follows
    pos = blank;
    while (pos < t.size() && IsBlank(t[pos])) ++pos;
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

// A typed bullet: a line of a plain paragraph that starts with a bullet glyph followed by
// whitespace. Returns the text after the glyph, or nullopt.
std::optional<std::string> TypedBulletText(const std::string& line) {
  std::size_t pos = 0;
  if (line.empty() || !IsBulletGlyph(DecodeUtf8(line, pos)) || pos >= line.size()) {
    return std::nullopt;
  }
  const std::size_t after_glyph = pos;
  if (!IsEdgeSpace(DecodeUtf8(line, pos))) return std::nullopt;
  return CollapseLine(std::string_view(line).substr(after_glyph));
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
  const std::string indent(static_cast<std::size_t>(level * std::max(options.list_indent, 0)), ' ');
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
