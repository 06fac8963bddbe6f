// ParagraphReader: one w:p as a tablift Paragraph (text without marker, plus list info).
//
// List membership comes from the paragraph's own w:numPr, completed by its style chain
// (styles.h); numId 0 switches numbering off. The level is w:ilvl, or the level whose w:pStyle
// names the paragraph's style; for the single-level built-in styles "List Bullet N" and friends
// it is at least N-1. A paragraph that is not a list item but starts with a typed bullet glyph
// followed by a space or tab ("• text") becomes a bullet item with glyph and whitespace removed;
// its level follows the paragraph's left indentation on Word's ladder (<= 720 twips: 0, then one
// level per further 720 twips). A paragraph whose mark is deleted is no list item (its text joins
// the next paragraph) and does not advance the counters. Not thread-safe: advances the shared list
// counters.
#pragma once

#include <string>

#include "core/table.h"
#include "extractors/docx/numbering.h"
#include "extractors/docx/run_text.h"
#include "extractors/docx/styles.h"

namespace tablift::docx {

struct ReadParagraph {
  Paragraph paragraph;
  bool caption_style = false;  // the paragraph's style is (based on) the caption style
  bool mark_deleted = false;   // its mark is a tracked deletion or move (w:pPr/w:rPr/w:del)
};

class ParagraphReader {
 public:
  ParagraphReader(const Names& w, const StyleSheet& styles, const NumberingDefs& numbering)
      : w_(w), styles_(styles), numbering_(numbering), counters_(numbering) {}

  // Reads `p` (a w:p element); `text` is the reader of the story the paragraph belongs to.
  ReadParagraph Read(pugi::xml_node p, RunTextReader& text);

 private:
  ListInfo ListOf(pugi::xml_node ppr, const std::string& style);
  int TypedBulletLevel(pugi::xml_node ppr, const std::string& style) const;

  const Names& w_;
  const StyleSheet& styles_;
  const NumberingDefs& numbering_;
  ListCounters counters_;
};

// If `text` starts (after spaces and tabs) with a bullet glyph followed by a space, tab or
// no-break space, removes glyph and following whitespace and returns true.
bool StripTypedBullet(std::string& text);

}  // namespace tablift::docx
