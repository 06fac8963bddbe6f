#include "extractors/pdf/poppler_structure.h"

#include <Catalog.h>
#include <PDFDoc.h>
#include <StructElement.h>
#include <StructTreeRoot.h>

#include <algorithm>

namespace tablift::pdf {
namespace {

// Structure trees nest a few levels (Document > Sect > Table > TR > TD > L > LI > LBody > P);
// a deeper tree is broken or hostile and is cut here instead of overflowing the stack.
constexpr int kMaxStructDepth = 64;

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

std::vector<StructNode> ConvertStructTree(PDFDoc& doc) {
  std::vector<StructNode> out;
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
