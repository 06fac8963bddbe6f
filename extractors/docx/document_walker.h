// DocumentWalker: walks the main document part in document order and emits one Table per w:tbl.
//
// Block content (the body, and each cell) is read through ContentWalker, so tables and
// paragraphs inside content controls, custom XML and accepted tracked insertions are found.
// Tables get 1-based indexes in document order; a nested table is numbered right after the
// table holding it (before that table's later nested tables and the next top-level table), is
// listed in its parent cell's nested_tables, and its text is not copied into the parent cell.
// The caption of a table is the nearest preceding non-empty paragraph of the same container,
// with nothing but empty paragraphs in between, when it starts with a table label or has the
// caption style. Tables nested deeper than Limits::max_nesting_depth are flattened into their
// parent cell's paragraphs with a diagnostic. List counters run over the whole document.
// Walking past Limits::max_seconds throws Error(kBadInput).
// A paragraph whose mark is deleted as a tracked change joins the next paragraph, as accepting
// the change does (the joined paragraph keeps the next one's list properties).
// Single-use and not thread-safe.
#pragma once

#include <optional>
#include <string>

#include "core/budget.h"
#include "core/deadline.h"
#include "core/extractor.h"
#include "core/table.h"
#include "extractors/docx/numbering.h"
#include "extractors/docx/package.h"
#include "extractors/docx/paragraph_reader.h"
#include "extractors/docx/styles.h"

namespace tablift::docx {

class DocumentWalker {
 public:
  DocumentWalker(const Package& package, const ExtractOptions& options);
  Document Walk();

 private:
  struct Parent {
    int table = 0;
    GridPos cell;
  };
  struct Container {
    Cell* cell = nullptr;  // null for the body
    std::optional<Parent> parent;
    int depth = 0;  // table nesting depth of the tables found in this container
  };

  struct BlockState {
    std::string caption;  // the caption candidate for the next table
    std::string carry;    // text of paragraphs whose mark was deleted, joining the next one
  };

  void Blocks(pugi::xml_node node, RunTextReader& text, const Container& where);
  void OnParagraph(pugi::xml_node n, RunTextReader& text, const Container& where,
                   BlockState& state);
  int BuildTable(pugi::xml_node tbl, const std::string& caption, const Container& where);
  void FillCell(pugi::xml_node tc, Cell& cell, int table_index, int depth, Table& table);
  void Flatten(pugi::xml_node tbl, RunTextReader& text, Cell& cell);
  void LimitCellText(Cell& cell, Table& table) const;

  const Package& package_;
  const ExtractOptions& options_;
  const Deadline deadline_;  // Limits::max_seconds, checked before each block
  OutputBudget budget_;      // Limits::max_output_bytes, charged with each cell paragraph
  const Names& w_;
  StyleSheet styles_;
  NumberingDefs numbering_;
  ParagraphReader paragraphs_;
  Document doc_;
};

}  // namespace tablift::docx
