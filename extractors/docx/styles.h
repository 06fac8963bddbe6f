// StyleSheet: the paragraph-style facts the extractor needs from styles.xml, with the basedOn
// chain resolved.
//
// A paragraph takes its list membership (w:numPr), left indentation and caption role from its
// own properties first, then from its style, then from that style's basedOn ancestors. Chains
// are followed at most kMaxStyleChain steps, so a cycle in basedOn cannot loop.
// Immutable after construction; thread-safe for reading.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "extractors/docx/word_part.h"

namespace tablift::docx {

// A numPr as written: either field may be missing (a style may give numId, the paragraph ilvl).
struct NumPr {
  std::optional<int> num_id;
  std::optional<int> ilvl;
};

class StyleSheet {
 public:
  StyleSheet() = default;  // no styles part: every lookup finds nothing
  explicit StyleSheet(const WordPart& styles);

  // The numPr reached through the style chain of `style_id` (fields merged nearest-first).
  NumPr NumberingOf(const std::string& style_id) const;
  // The left indentation (twips) reached through the chain, if any style sets one.
  std::optional<int> LeftIndentOf(const std::string& style_id) const;
  // True when the style or an ancestor is the built-in caption style.
  bool IsCaption(const std::string& style_id) const;
  // For the built-in numbered list styles "List Bullet N", "List Number N", "List N"
  // (N = 2..9), the nesting level N-1 they stand for; 0 otherwise.
  int BuiltinListDepth(const std::string& style_id) const;
  // The numId a numbering style (w:type="numbering") points to, for w:numStyleLink.
  std::optional<int> NumIdOfNumberingStyle(const std::string& style_id) const;

 private:
  struct Style {
    std::string name;  // w:name, lower-cased
    std::string based_on;
    NumPr num;
    std::optional<int> left_indent;
  };
  const Style* Find(const std::string& id) const;

  std::unordered_map<std::string, Style> styles_;          // paragraph styles by id
  std::unordered_map<std::string, int> numbering_styles_;  // numbering style id -> numId
};

// Reads a w:numPr element (numId, ilvl); absent children stay nullopt.
NumPr ReadNumPr(pugi::xml_node num_pr, const Names& w);

// The left indentation of a w:pPr (w:ind w:left, or w:start in strict documents).
std::optional<int> ReadLeftIndent(pugi::xml_node ppr, const Names& w);

// A decimal integer attribute; nullopt when absent or not a number in [-1e9, 1e9].
std::optional<int> IntAttr(pugi::xml_node n, const Names& w, std::string_view local = "val");

}  // namespace tablift::docx
