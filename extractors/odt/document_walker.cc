#include "extractors/odt/document_walker.h"

#include <fmt/core.h>

#include "core/caption.h"
#include "core/error.h"
#include "extractors/odt/table_grid.h"
#include "extractors/package/cell_text.h"
#include "extractors/package/table_build.h"
#include "extractors/package/trim_text.h"

namespace tablift::odt {
namespace {

// Sections and lists nest a few levels in real documents; this bounds the recursion.
constexpr int kMaxBlockDepth = 64;
constexpr const char* kTooDeep = "odt.too-deep";

// Index elements (text:table-of-content, text:alphabetical-index ...) show their text:index-body.
pugi::xml_node IndexBody(pugi::xml_node e, const OdfNames& n) {
  return n.text.Child(e, "index-body");
}

}  // namespace

DocumentWalker::DocumentWalker(const package::XmlPart& content, const OdfNames& names,
                               const OdfStyles& styles, const ExtractOptions& options)
    : content_(content),
      n_(names),
      styles_(styles),
      options_(options),
      deadline_(options.limits.max_seconds),
      text_(names) {}

Document DocumentWalker::Walk() {
  const pugi::xml_node body = n_.office.Child(content_.doc.document_element(), "body");
  const pugi::xml_node text = n_.office.Child(body, "text");
  if (!text) {
    throw Error(ExitCode::kBadInput,
                content_.name + ": no office:text (not an OpenDocument text document)");
  }
  ListContext list;
  BlockState state;
  Blocks(text, Container{}, list, state, 0);
  if (text_.skipped_too_deep() > 0) {
    doc_.diagnostics.push_back({Severity::kWarning, kTooDeep,
                                "text nested too deeply in spans was skipped", content_.name});
  }
  return std::move(doc_);
}

void DocumentWalker::Blocks(pugi::xml_node node, const Container& where, ListContext& list,
                            BlockState& state, int depth) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    deadline_.Check();
    const std::string_view local = n_.text.Local(c);
    if (local == "p" || local == "h") {
      OnParagraph(c, where, list, state);
    } else if (n_.table.Is(c, "table")) {
      OnTable(c, where, state);
    } else if (depth >= kMaxBlockDepth) {
      doc_.diagnostics.push_back({Severity::kWarning, kTooDeep,
                                  "content nested too deeply in sections or lists was skipped",
                                  content_.name});
    } else if (local == "list") {
      OnList(c, where, list, state, depth + 1);
    } else if (local == "numbered-paragraph") {
      OnNumberedParagraph(c, where, state, depth + 1);
    } else if (local == "section") {
      Blocks(c, where, list, state, depth + 1);
    } else if (pugi::xml_node index = IndexBody(c, n_)) {
      Blocks(index, where, list, state, depth + 1);
    }
    // Else: text:tracked-changes, soft page breaks, declarations, drawings: nothing shown.
  }
}

void DocumentWalker::OnParagraph(pugi::xml_node p, const Container& where, ListContext& list,
                                 BlockState& state) {
  const ParagraphRead read = text_.Read(p);
  Paragraph paragraph{read.text, {}};
  if (list.level >= 0 && list.numbered_item) {
    paragraph.list =
        ListNumbers::Item(*list.counters, styles_.List(list.style), list.level, list.start);
    list.numbered_item = false;  // the item's later paragraphs carry no marker
    if (paragraph.list.kind != ListKind::kNone) {
      paragraph.list.level = std::max(
          paragraph.list.level, styles_.BuiltinListDepth(n_.text.Attr(p, "style-name").value()));
    }
  }
  std::string shown = package::TrimText(paragraph.text);
  if (!shown.empty()) {
    const ListInfo& info = paragraph.list;
    if (info.kind == ListKind::kNumbered) shown = info.marker + " " + shown;
    const bool label = styles_.IsCaption(n_.text.Attr(p, "style-name").value()) ||
                       read.has_table_sequence || StartsWithTableLabel(shown);
    state.caption = label && info.kind != ListKind::kBullet ? shown : "";
  }
  if (where.cell) where.cell->paragraphs.push_back(std::move(paragraph));
}

void DocumentWalker::OnList(pugi::xml_node l, const Container& where, const ListContext& outer,
                            BlockState& state, int depth) {
  ListContext list;
  list.level = std::min(outer.level + 1, kListLevels - 1);
  list.style = n_.text.Attr(l, "style-name").value();
  if (list.style.empty()) list.style = outer.style;
  if (outer.counters) {
    list.counters = outer.counters;
  } else {
    if (list.style.empty()) {  // a list without a style takes its first paragraph's list style
      const pugi::xml_node first_p = n_.text.Child(n_.text.Child(l, "list-item"), "p");
      list.style = styles_.ListStyleOf(n_.text.Attr(first_p, "style-name").value());
    }
    const std::string_view numbering = n_.text.Attr(l, "continue-numbering").value();
    list.counters = numbers_.Open(l.attribute("xml:id").value(), list.style,
                                  n_.text.Attr(l, "continue-list").value(), numbering == "true");
  }
  for (pugi::xml_node item = l.first_child(); item; item = item.next_sibling()) {
    const bool numbered = n_.text.Is(item, "list-item");
    if (!numbered && !n_.text.Is(item, "list-header")) continue;
    list.numbered_item = numbered;
    list.start = CountAttr(n_.text.Attr(item, "start-value"), 1 << 30);
    if (!n_.text.Attr(item, "start-value")) list.start = 0;
    Blocks(item, where, list, state, depth);
  }
}

void DocumentWalker::OnNumberedParagraph(pugi::xml_node np, const Container& where,
                                         BlockState& state, int depth) {
  ListContext list;
  list.level = CountAttr(n_.text.Attr(np, "level"), kListLevels) - 1;
  list.style = n_.text.Attr(np, "style-name").value();
  if (list.style.empty()) {
    const pugi::xml_node p =
        n_.text.Child(np, "p") ? n_.text.Child(np, "p") : n_.text.Child(np, "h");
    list.style = styles_.ListStyleOf(n_.text.Attr(p, "style-name").value());
  }
  // Numbered paragraphs of one list share its text:list-id.
  const std::string id = n_.text.Attr(np, "list-id").value();
  const std::string_view numbering = n_.text.Attr(np, "continue-numbering").value();
  list.counters = numbers_.Open(id, list.style, id, numbering == "true");
  list.numbered_item = true;
  const pugi::xml_attribute start = n_.text.Attr(np, "start-value");
  list.start = start ? CountAttr(start, 1 << 30) : 0;
  Blocks(np, where, list, state, depth);  // its text:number (the rendered label) is not read
}

void DocumentWalker::OnTable(pugi::xml_node tbl, const Container& where, BlockState& state) {
  if (where.cell && where.depth + 1 > options_.limits.max_nesting_depth) {
    Flatten(tbl, *where.cell);
  } else {
    const int index = BuildTable(tbl, state.caption, where);
    if (where.cell) where.cell->nested_tables.push_back(index);
  }
  state.caption.clear();
}

int DocumentWalker::BuildTable(pugi::xml_node tbl, const std::string& caption,
                               const Container& where) {
  Table t = package::ReserveTable(doc_.tables, caption, "odt", content_.name, "table:table");
  const int index = t.index;
  if (where.cell) {
    t.parent_table = where.parent_table;
    t.parent_cell = where.cell->pos;
  }
  const int depth = where.depth + 1;
  const CellFiller fill = [&](pugi::xml_node element, Cell& cell) {
    ListContext list;  // a cell's lists are top-level lists (ListNumbers may continue them)
    BlockState state;
    Blocks(element, Container{&cell, index, depth}, list, state, 0);
  };
  BuildTableGrid(tbl, n_, options_.limits, deadline_, fill, t);
  for (Cell& cell : t.cells) {  // after the grid, so a merged cell is limited as a whole
    if (package::CutCellText(cell, options_.limits.max_cell_text_bytes)) {
      t.diagnostics.push_back({Severity::kWarning, "odt.cell-text-truncated",
                               fmt::format("the cell's text was cut at the limit of {} bytes",
                                           options_.limits.max_cell_text_bytes),
                               cell.locator});
    }
  }
  package::StoreTable(std::move(t), doc_.tables);
  return index;
}

void DocumentWalker::Flatten(pugi::xml_node tbl, Cell& cell) {
  doc_.diagnostics.push_back(
      {Severity::kWarning, "odt.nesting-too-deep",
       fmt::format("a table nested deeper than {} levels was read as paragraphs of its cell",
                   options_.limits.max_nesting_depth),
       cell.locator});
  // Iterative pre-order walk: the nesting is already known to be deep.
  for (pugi::xml_node e = tbl.first_child(); e && e != tbl;) {
    const bool paragraph = n_.text.Is(e, "p") || n_.text.Is(e, "h");
    const bool skip = n_.text.Is(e, "tracked-changes");
    if (paragraph) cell.paragraphs.push_back({text_.Read(e).text, {}});
    if (!paragraph && !skip && e.first_child()) {
      e = e.first_child();
      continue;
    }
    while (e != tbl && !e.next_sibling()) e = e.parent();
    if (e != tbl) e = e.next_sibling();
  }
}

}  // namespace tablift::odt
