#include "extractors/docx/run_text.h"

#include "core/text.h"
#include "extractors/docx/symbol_fonts.h"

namespace tablift::docx {
namespace {

constexpr char32_t kNonBreakingHyphen = 0x2011;
constexpr char32_t kSoftHyphen = 0x00AD;
constexpr char32_t kSymbolCodeFirst = 0xF000;  // symbol fonts' codes in the private-use area
constexpr char32_t kSymbolCodeLast = 0xF0FF;
constexpr char kPrivateUseLead = '\xEF';  // first UTF-8 byte of U+F000..U+FFFF

}  // namespace

std::string RunTextReader::ParagraphText(pugi::xml_node p) {
  std::string text;
  out_ = &text;
  walker_.ForEach(p, [this](pugi::xml_node n) { Inline(n); });
  out_ = nullptr;
  return text;
}

void RunTextReader::Inline(pugi::xml_node n) {
  if (!w_.Is(n, "r")) return;
  run_font_ = w_.Attr(w_.Child(w_.Child(n, "rPr"), "rFonts"), "ascii").value();
  walker_.ForEach(n, [this](pugi::xml_node c) { RunChild(c); });
}

bool RunTextReader::Visible() const {
  for (FieldPart f : fields_) {
    if (f == FieldPart::kCode) return false;
  }
  return true;
}

void RunTextReader::RunChild(pugi::xml_node n) {
  const std::string_view local = w_.Local(n);
  if (local == "fldChar") return FieldChar(n);
  if (!Visible()) return;
  if (local == "t") {
    AppendText(n);
  } else if (local == "tab" || local == "ptab") {
    *out_ += '\t';
  } else if (local == "br" || local == "cr") {
    *out_ += '\n';
  } else if (local == "noBreakHyphen") {
    AppendUtf8(*out_, kNonBreakingHyphen);
  } else if (local == "softHyphen") {
    AppendUtf8(*out_, kSoftHyphen);
  } else if (local == "sym") {
    Sym(n);
  }
}

void RunTextReader::FieldChar(pugi::xml_node n) {
  const std::string_view type = w_.Attr(n, "fldCharType").value();
  if (type == "begin") {
    fields_.push_back(FieldPart::kCode);
  } else if (type == "separate" && !fields_.empty()) {
    fields_.back() = FieldPart::kResult;
  } else if (type == "end" && !fields_.empty()) {
    fields_.pop_back();
  }
}

void RunTextReader::AppendText(pugi::xml_node t) {
  for (pugi::xml_node c = t.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
    const std::string_view text = c.value();
    // U+F000..U+F0FF encode as EF 80..83 xx: symbol-font codes stored as text.
    if (!run_font_.empty() && text.find(kPrivateUseLead) != std::string_view::npos) {
      AppendSymbolText(text);
    } else {
      *out_ += text;
    }
  }
}

void RunTextReader::AppendSymbolText(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = DecodeUtf8(text, pos);
    const bool symbol = cp >= kSymbolCodeFirst && cp <= kSymbolCodeLast;
    AppendUtf8(*out_, symbol ? MapSymbolChar(run_font_, cp) : cp);
  }
}

void RunTextReader::Sym(pugi::xml_node n) {
  const char32_t code = ParseSymbolCode(w_.Attr(n, "char").value());
  if (code == 0) return;
  AppendUtf8(*out_, MapSymbolChar(w_.Attr(n, "font").value(), code));
}

}  // namespace tablift::docx
