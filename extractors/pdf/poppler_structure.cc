#include "extractors/pdf/poppler_structure.h"

#include <Catalog.h>
#include <PDFDoc.h>
#include <StructElement.h>
#include <StructTreeRoot.h>
#include <XRef.h>
#include <fmt/core.h>

#include <algorithm>
#include <set>
#include <utility>

namespace tablift::pdf {
namespace {

// Structure trees nest a few levels (Document > Sect > Table > TR > TD > L > LI > LBody > P);
// a deeper tree is broken or hostile and is cut here instead of overflowing the stack.
constexpr int kMaxStructDepth = 64;
// Poppler parses the structure tree recursively, a few stack frames per level: 20,000 levels
// overflowed the 8 MB stack in tests. Trees deeper than this are not handed to Poppler at all.
constexpr int kMaxParsedDepth = 1000;

// True when no chain of structure elements under the StructTreeRoot (following /K) is deeper
// than `limit`. Walks the raw objects with an explicit stack, each indirect object once.
bool DepthWithin(PDFDoc& doc, int limit) {
  XRef* xref = doc.getXRef();
  Object catalog = xref->getCatalog();
  if (!catalog.isDict()) return true;
  Object root = catalog.dictLookup("StructTreeRoot");
  if (!root.isDict()) return true;
  std::vector<std::pair<Object, int>> todo;
  todo.emplace_back(root.dictLookupNF("K").copy(), 1);
  std::set<Ref> seen;
  while (!todo.empty()) {
    auto [kid, depth] = std::move(todo.back());
    todo.pop_back();
    if (kid.isRef()) {
      if (!seen.insert(kid.getRef()).second) continue;
      kid = xref->fetch(kid.getRef());
    }
    if (kid.isArray()) {
      for (int i = 0; i < kid.arrayGetLength(); ++i)
        todo.emplace_back(kid.arrayGetNF(i).copy(), depth);
    } else if (kid.isDict() && kid.dictLookupNF("S").isName()) {  // an element, not an MCR/OBJR
      if (depth > limit) return false;
      todo.emplace_back(kid.dictLookupNF("K").copy(), depth + 1);
    }
  }
  return true;
}

int SpanAttribute(const StructElement& e, Attribute::Type type) {
  const Attribute* a = e.findAttribute(type);
  if (!a || !a->getValue()) return 1;
  const Object* v = a->getValue();
  const int n = v->isInt() ? v->getInt() : v->isNum() ? static_cast<int>(v->getNum()) : 1;
  return std::max(n, 1);
}

class Converter {
 public:
  explicit Converter(PDFDoc& doc) : catalog_(*doc.getCatalog()) {}

  StructNode Convert(const StructElement& e, int depth) {
    StructNode node;
    node.type = e.getTypeName() ? e.getTypeName() : "";
    if (e.getType() == StructElement::TD || e.getType() == StructElement::TH) {
      node.row_span = SpanAttribute(e, Attribute::RowSpan);
      node.col_span = SpanAttribute(e, Attribute::ColSpan);
    }
    if (const GooString* actual = e.getActualText()) node.actual_text = actual->toStr();
    if (depth >= kMaxStructDepth) return node;
    for (unsigned i = 0; i < e.getNumChildren(); ++i) {
      const StructElement* child = e.getChild(static_cast<int>(i));
      if (!child) continue;
      if (child->getType() == StructElement::MCID) {
        node.order.push_back(-1 - static_cast<int>(node.content.size()));
        node.content.push_back(McRef{PageOf(*child), child->getMCID()});
      } else if (!child->isContent()) {
        node.order.push_back(static_cast<int>(node.children.size()));
        node.children.push_back(Convert(*child, depth + 1));
      }
    }
    return node;
  }

 private:
  int PageOf(const StructElement& e) {
    Ref ref;
    if (!e.getPageRef(ref)) return 0;
    return catalog_.findPage(ref);  // 0 when the reference names no page
  }

  Catalog& catalog_;
};

}  // namespace

std::vector<StructNode> ConvertStructTree(PDFDoc& doc, Diagnostics& diagnostics) {
  std::vector<StructNode> out;
  if (!DepthWithin(doc, kMaxParsedDepth)) {
    diagnostics.push_back({Severity::kWarning, "pdf.structure-too-deep",
                           fmt::format("the structure tree nests deeper than {} levels; it is "
                                       "ignored and every page is read by its layout",
                                       kMaxParsedDepth),
                           ""});
    return out;
  }
  StructTreeRoot* root = doc.getCatalog()->getStructTreeRoot();
  if (!root) return out;
  Converter converter(doc);
  for (unsigned i = 0; i < root->getNumChildren(); ++i) {
    if (const StructElement* e = root->getChild(static_cast<int>(i))) {
      out.push_back(converter.Convert(*e, 0));
    }
  }
  return out;
}

}  // namespace tablift::pdf
