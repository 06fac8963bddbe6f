// ContentWalker: visits WordprocessingML content with wrapper elements unwrapped, so that the
// readers of body, rows, cells and paragraphs see the content of the accepted, displayed view.
//
// Unwrapped (their content is visited in place): w:sdt (its w:sdtContent), w:customXml,
// w:smartTag, w:hyperlink, w:fldSimple (its result runs), w:ins and w:moveTo (tracked insertions
// are accepted), w:dir, w:bdo, w:ruby (its w:rubyBase), and mc:AlternateContent (its mc:Fallback
// when present, else its first mc:Choice; never both). Dropped: w:del and w:moveFrom (tracked
// deletions are accepted), w:rt (ruby guide text). Everything else is passed to the visitor.
// Wrappers nested deeper than kMaxWrapperDepth are skipped and counted in skipped_too_deep().
// Not thread-safe (keeps that count); cheap to create.
#pragma once

#include <string_view>

#include "extractors/docx/word_part.h"

namespace tablift::docx {

class ContentWalker {
 public:
  // Real documents nest wrappers a few levels deep; this bounds the recursion (stack use).
  static constexpr int kMaxWrapperDepth = 64;

  explicit ContentWalker(const Names& w) : w_(w) {}

  template <typename Visit>
  void ForEach(pugi::xml_node parent, Visit&& visit) {
    Walk(parent, visit, 0);
  }
  int skipped_too_deep() const { return skipped_; }

 private:
  enum class Role { kVisit, kUnwrap, kDrop };
  Role Classify(pugi::xml_node n) const;
  // The node whose children stand for `n` when it is unwrapped.
  pugi::xml_node Inner(pugi::xml_node n) const;

  template <typename Visit>
  void Walk(pugi::xml_node parent, Visit& visit, int depth) {
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      switch (Classify(c)) {
        case Role::kVisit:
          visit(c);
          break;
        case Role::kDrop:
          break;
        case Role::kUnwrap:
          if (depth >= kMaxWrapperDepth) {
            ++skipped_;
          } else {
            Walk(Inner(c), visit, depth + 1);
          }
          break;
      }
    }
  }

  const Names& w_;
  int skipped_ = 0;
};

// True when `n` is mc:AlternateContent (its prefix bound to the markup-compatibility namespace
// on it or an ancestor).
bool IsAlternateContent(pugi::xml_node n);

}  // namespace tablift::docx
