// RunTextReader: the displayed text of paragraphs, run by run.
//
// Text comes from w:t; w:tab and w:ptab give "\t"; w:br and w:cr give "\n"; w:noBreakHyphen
// gives U+2011 and w:softHyphen U+00AD; w:sym maps its font and code to Unicode
// (symbol_fonts.h), and so do private-use characters U+F000..U+F0FF in w:t of a run whose own
// w:rFonts names a symbol font. Complex fields (w:fldChar begin/separate/end) show only their
// result: text between begin and separate (the field code, w:instrText) is skipped, fields may
// nest. Field state carries over from one paragraph to the next, as a field result may span
// paragraphs, so use one reader per story (the body, or one cell). w:delText, drawings and other
// objects give no text. Wrappers are unwrapped by ContentWalker. Not thread-safe (keeps field
// state).
#pragma once

#include <string>
#include <vector>

#include "extractors/docx/content_walk.h"
#include "extractors/docx/word_part.h"

namespace tablift::docx {

class RunTextReader {
 public:
  explicit RunTextReader(const Names& w) : w_(w), walker_(w) {}

  // The text of paragraph `p` (a w:p element), without any list marker.
  std::string ParagraphText(pugi::xml_node p);

  // True when a field was begun and not ended: text may have been hidden as field code.
  bool field_open() const { return !fields_.empty(); }
  int skipped_too_deep() const { return walker_.skipped_too_deep(); }

 private:
  enum class FieldPart { kCode, kResult };

  void Inline(pugi::xml_node n);
  void RunChild(pugi::xml_node n);
  void FieldChar(pugi::xml_node n);
  void AppendText(pugi::xml_node t);
  void AppendSymbolText(std::string_view text);
  void Sym(pugi::xml_node n);
  bool Visible() const;

  const Names& w_;
  ContentWalker walker_;
  std::vector<FieldPart> fields_;
  std::string* out_ = nullptr;
  std::string_view run_font_;  // w:rFonts w:ascii of the current run, "" when not set
};

}  // namespace tablift::docx
