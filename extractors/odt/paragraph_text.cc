#include "extractors/odt/paragraph_text.h"

#include <array>

namespace tablift::odt {
namespace {

// text: elements that carry no displayed text of the paragraph.
constexpr std::array<std::string_view, 20> kSkippedText = {"change",
                                                           "change-start",
                                                           "change-end",
                                                           "note",
                                                           "soft-page-break",
                                                           "bookmark",
                                                           "bookmark-start",
                                                           "bookmark-end",
                                                           "bookmark-ref",
                                                           "reference-mark",
                                                           "reference-mark-start",
                                                           "reference-mark-end",
                                                           "toc-mark",
                                                           "toc-mark-start",
                                                           "toc-mark-end",
                                                           "alphabetical-index-mark",
                                                           "alphabetical-index-mark-start",
                                                           "alphabetical-index-mark-end",
                                                           "user-index-mark",
                                                           "ruby-text"};

bool IsWhite(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool Skipped(std::string_view text_local) {
  for (std::string_view s : kSkippedText) {
    if (s == text_local) return true;
  }
  return false;
}

}  // namespace

ParagraphRead ParagraphText::Read(pugi::xml_node paragraph) {
  ParagraphRead out;
  in_space_ = true;
  Inline(paragraph, 0, out);
  return out;
}

void ParagraphText::Text(std::string_view s, std::string& out) {
  for (char c : s) {
    if (!IsWhite(c)) {
      out += c;
      in_space_ = false;
    } else if (!in_space_) {
      out += ' ';
      in_space_ = true;
    }
  }
}

void ParagraphText::Inline(pugi::xml_node parent, int depth, ParagraphRead& out) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      Text(c.value(), out.text);
    } else if (c.type() == pugi::node_element) {
      if (depth >= kMaxInlineDepth) {
        ++skipped_;
      } else {
        Element(c, depth, out);
      }
    }
  }
}

void ParagraphText::Element(pugi::xml_node e, int depth, ParagraphRead& out) {
  const std::string_view local = n_.text.Local(e);
  if (local == "s") {
    out.text.append(static_cast<std::size_t>(CountAttr(n_.text.Attr(e, "c"), kMaxSpaces)), ' ');
    in_space_ = false;
  } else if (local == "tab" || local == "line-break") {
    out.text += local == "tab" ? '\t' : '\n';
    in_space_ = false;
  } else if (!local.empty() && Skipped(local)) {
    return;
  } else if (local.empty()) {
    return;  // drawings (draw:), comments (office:annotation) and foreign elements
  } else {
    if (local == "sequence" && std::string_view(n_.text.Attr(e, "name").value()) == "Table") {
      out.has_table_sequence = true;
    }
    Inline(e, depth + 1, out);  // span, a, ruby, ruby-base, meta, fields
  }
}

}  // namespace tablift::odt
