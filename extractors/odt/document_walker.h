// DocumentWalker (ODT): walks office:text of content.xml in document order and emits one Table
// per table:table.
//
// Block content (the body, each cell, each list item) is read in order: text:p and text:h are
// paragraphs, text:list items and text:numbered-paragraph are paragraphs with their list marker
// (ListNumbers; numbered paragraphs sharing a text:list-id count together), text:section
// and the bodies of indexes are read in place, text:tracked-changes (the deleted text of
// accepted changes), soft page breaks and declarations are skipped. Tables get 1-based indexes
// in document order; a nested table is numbered right after the table holding it, listed in its
// parent cell's nested_tables, and its text is not copied into the parent cell. The caption of
// a table is the nearest preceding non-empty paragraph of the same container, with nothing but
// empty paragraphs in between, when it starts with a table label, has a caption style or holds a
// "Table" sequence number (and is no bullet item). Tables nested deeper than
// Limits::max_nesting_depth are read as paragraphs of their parent cell with a diagnostic; a
// cell's text is cut at Limits::max_cell_text_bytes. Walking past Limits::max_seconds throws
// Error(kBadInput). Single-use and not thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/deadline.h"
#include "core/extractor.h"
#include "core/table.h"
#include "extractors/odt/list_numbers.h"
#include "extractors/odt/paragraph_text.h"
#include "extractors/odt/styles.h"

namespace tablift::odt {

class DocumentWalker {
 public:
  DocumentWalker(const package::XmlPart& content, const OdfNames& names, const OdfStyles& styles,
                 const ExtractOptions& options);
  Document Walk();

 private:
  struct Container {
    Cell* cell = nullptr;  // null for the body
    int parent_table = 0;  // the table holding `cell`
    int depth = 0;         // table nesting depth of the tables found in this container
  };
  // The list a block is in: its counters, style and level (-1: in no list).
  struct ListContext {
    std::shared_ptr<ListNumbers::Counters> counters;
    std::string style;
    int level = -1;
    bool numbered_item = false;  // the next paragraph is the first of a text:list-item
    int start = 0;               // that item's text:start-value (0: none)
  };
  struct BlockState {
    std::string caption;  // the caption candidate for the next table
  };

  void Blocks(pugi::xml_node node, const Container& where, ListContext& list, BlockState& state,
              int depth);
  void OnParagraph(pugi::xml_node p, const Container& where, ListContext& list, BlockState& state);
  void OnList(pugi::xml_node l, const Container& where, const ListContext& outer, BlockState& state,
              int depth);
  void OnNumberedParagraph(pugi::xml_node np, const Container& where, BlockState& state, int depth);
  void OnTable(pugi::xml_node tbl, const Container& where, BlockState& state);
  int BuildTable(pugi::xml_node tbl, const std::string& caption, const Container& where);
  void Flatten(pugi::xml_node tbl, Cell& cell);

  const package::XmlPart& content_;
  const OdfNames& n_;
  const OdfStyles& styles_;
  const ExtractOptions& options_;
  const Deadline deadline_;
  ParagraphText text_;
  ListNumbers numbers_;
  Document doc_;
};

}  // namespace tablift::odt
