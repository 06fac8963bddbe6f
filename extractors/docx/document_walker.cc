#include "extractors/docx/document_walker.h"

#include <fmt/core.h>

#include "core/caption.h"
#include "core/error.h"
#include "extractors/docx/content_walk.h"
#include "extractors/docx/table_grid.h"
#include "extractors/package/cell_text.h"
#include "extractors/package/table_build.h"
#include "extractors/package/trim_text.h"

namespace tablift::docx {
namespace {

StyleSheet MakeStyles(const Package& p) { return p.styles ? StyleSheet(*p.styles) : StyleSheet(); }

NumberingDefs MakeNumbering(const Package& p, const StyleSheet& styles) {
  return p.numbering ? NumberingDefs(*p.numbering, styles) : NumberingDefs();
}

}  // namespace

DocumentWalker::DocumentWalker(const Package& package, const ExtractOptions& options)
    : package_(package),
      options_(options),
      deadline_(options.limits.max_seconds),
      budget_(options.limits.max_output_bytes),
      w_(package.document.w),
      styles_(MakeStyles(package)),
      numbering_(MakeNumbering(package, styles_)),
      paragraphs_(w_, styles_, numbering_) {}

Document DocumentWalker::Walk() {
  const pugi::xml_node body = w_.Child(package_.document.doc.document_element(), "body");
  if (!body) {
    throw Error(ExitCode::kBadInput, package_.document.name + ": the document has no w:body");
  }
  RunTextReader text(w_);
  Blocks(body, text, Container{});
  return std::move(doc_);
}

void DocumentWalker::Blocks(pugi::xml_node node, RunTextReader& text, const Container& where) {
  BlockState state;
  ContentWalker walker(w_);
  walker.ForEach(node, [&](pugi::xml_node n) {
    deadline_.Check();
    if (w_.Is(n, "p")) {
      OnParagraph(n, text, where, state);
    } else if (w_.Is(n, "tbl")) {
      if (where.cell && where.depth + 1 > options_.limits.max_nesting_depth) {
        Flatten(n, text, *where.cell);
      } else {
        const int index = BuildTable(n, state.caption, where);
        if (where.cell) where.cell->nested_tables.push_back(index);
      }
      state.caption.clear();
    } else if (w_.Is(n, "altChunk")) {
      doc_.diagnostics.push_back({Severity::kWarning, "docx.altchunk-skipped",
                                  "imported content (w:altChunk) is not read",
                                  package_.document.name});
    }
  });
  if (where.cell && !state.carry.empty()) where.cell->paragraphs.push_back({state.carry, {}});
  if (walker.skipped_too_deep() > 0) {
    doc_.diagnostics.push_back({Severity::kWarning, "docx.too-deep",
                                "content nested too deeply in wrappers was skipped",
                                package_.document.name});
  }
}

void DocumentWalker::OnParagraph(pugi::xml_node n, RunTextReader& text, const Container& where,
                                 BlockState& state) {
  ReadParagraph p = paragraphs_.Read(n, text);
  if (p.mark_deleted) {  // accepted, the paragraph joins the next one
    state.carry += p.paragraph.text;
    return;
  }
  p.paragraph.text.insert(0, state.carry);
  state.carry.clear();
  std::string shown = package::TrimText(p.paragraph.text);
  if (!shown.empty()) {
    const ListInfo& list = p.paragraph.list;
    // A numbered caption ("Tabel %1." from a caption list) shows its number before the text.
    if (list.kind == ListKind::kNumbered) shown = list.marker + " " + shown;
    const bool label = p.caption_style || StartsWithTableLabel(shown);
    state.caption = label && list.kind != ListKind::kBullet ? shown : "";
  }
  if (!where.cell) return;
  budget_.Charge(p.paragraph.text.size() + p.paragraph.list.marker.size());
  where.cell->paragraphs.push_back(std::move(p.paragraph));
}

int DocumentWalker::BuildTable(pugi::xml_node tbl, const std::string& caption,
                               const Container& where) {
  Table t = package::ReserveTable(doc_.tables, caption, "docx", package_.document.name, "tbl");
  const int index = t.index;
  if (where.parent) {
    t.parent_table = where.parent->table;
    t.parent_cell = where.parent->cell;
  }
  const int depth = where.depth + 1;
  const CellFiller fill = [&](pugi::xml_node tc, Cell& cell) {
    FillCell(tc, cell, index, depth, t);
  };
  BuildTableGrid(tbl, w_, options_.limits, fill, t);
  // After the grid, so that a merged cell's text (from several w:tc) is limited as a whole.
  for (Cell& cell : t.cells) LimitCellText(cell, t);
  package::StoreTable(std::move(t), doc_.tables);
  return index;
}

void DocumentWalker::FillCell(pugi::xml_node tc, Cell& cell, int table_index, int depth,
                              Table& table) {
  RunTextReader text(w_);
  Blocks(tc, text, Container{&cell, Parent{table_index, cell.pos}, depth});
  if (text.field_open()) {
    table.diagnostics.push_back({Severity::kWarning, "docx.field-unterminated",
                                 "a field in the cell has no end; text after it may be missing",
                                 cell.locator});
  }
  if (text.skipped_too_deep() > 0) {
    table.diagnostics.push_back({Severity::kWarning, "docx.too-deep",
                                 "text nested too deeply in wrappers was skipped", cell.locator});
  }
}

void DocumentWalker::Flatten(pugi::xml_node tbl, RunTextReader& text, Cell& cell) {
  doc_.diagnostics.push_back(
      {Severity::kWarning, "docx.nesting-too-deep",
       fmt::format("a table nested deeper than {} levels was read as paragraphs of its cell",
                   options_.limits.max_nesting_depth),
       cell.locator});
  // Iterative pre-order walk: the nesting is already known to be deep.
  for (pugi::xml_node n = tbl.first_child(); n && n != tbl;) {
    const bool skip = w_.Is(n, "del") || w_.Is(n, "moveFrom");
    if (w_.Is(n, "p")) {
      cell.paragraphs.push_back(paragraphs_.Read(n, text).paragraph);
      budget_.Charge(cell.paragraphs.back().text.size() +
                     cell.paragraphs.back().list.marker.size());
    }
    if (!skip && !w_.Is(n, "p") && n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != tbl && !n.next_sibling()) n = n.parent();
    if (n != tbl) n = n.next_sibling();
  }
}

void DocumentWalker::LimitCellText(Cell& cell, Table& table) const {
  const std::uint64_t limit = options_.limits.max_cell_text_bytes;
  if (!package::CutCellText(cell, limit)) return;
  table.diagnostics.push_back(
      {Severity::kWarning, "docx.cell-text-truncated",
       fmt::format("the cell's text was cut at the limit of {} bytes", limit), cell.locator});
}

}  // namespace tablift::docx
