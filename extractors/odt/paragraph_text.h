// ParagraphText: the displayed text of one OpenDocument paragraph (text:p, text:h), with
// tracked changes accepted.
//
// White space follows ODF: each run of spaces, tabs and line feeds in the XML is one space and a
// paragraph's leading white space is dropped; text:s (text:c spaces), text:tab ("\t") and
// text:line-break ("\n") are kept as written. Spans, links, fields (text:sequence, page numbers
// ...) and ruby bases are read for their text. Skipped: change marks (text:change,
// text:change-start/-end: the insertions they bound stay, deletions live in
// text:tracked-changes and are never read), notes, annotations, soft page breaks, bookmarks and
// other marks, drawings and ruby text. Elements nested deeper than kMaxInlineDepth are skipped
// and counted. Not thread-safe (keeps that count); one reader may read many paragraphs.
#pragma once

#include <string>

#include "extractors/odt/odf_names.h"

namespace tablift::odt {

struct ParagraphRead {
  std::string text;
  bool has_table_sequence = false;  // a text:sequence of the "Table" sequence (a caption number)
};

class ParagraphText {
 public:
  static constexpr int kMaxInlineDepth = 64;
  // A text:s asking for more spaces than this gets this many (a hostile count cannot allocate).
  static constexpr int kMaxSpaces = 1000;

  explicit ParagraphText(const OdfNames& n) : n_(n) {}
  ParagraphRead Read(pugi::xml_node paragraph);
  int skipped_too_deep() const { return skipped_; }

 private:
  void Inline(pugi::xml_node parent, int depth, ParagraphRead& out);
  void Element(pugi::xml_node e, int depth, ParagraphRead& out);
  void Text(std::string_view s, std::string& out);

  const OdfNames& n_;
  bool in_space_ = true;  // the last character read was collapsible white space (or none yet)
  int skipped_ = 0;
};

}  // namespace tablift::odt
