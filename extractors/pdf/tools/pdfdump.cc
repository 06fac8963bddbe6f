// tablift_pdfdump: a developer tool printing what the Poppler adapter reads off a PDF, as JSON
// lines: one "page" object per page, then one "word" and one "segment" object per item.
//
//   tablift_pdfdump FILE.pdf [PAGE...]           (all pages when none is given)
//   tablift_pdfdump --tagged FILE.pdf [PAGE...]  the structure tree, one line per element, with
//                                                the marked-content text of the read pages
//
// Exit status: 0 on success, 2 for a bad command line, otherwise the tablift ExitCode.
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/source.h"
#include "extractors/pdf/poppler_reader.h"

namespace {

using Json = nlohmann::ordered_json;

Json BoxJson(const tablift::BBox& b) { return Json::array({b.x0, b.y0, b.x1, b.y1}); }

void PrintPage(const tablift::pdf::Page& page) {
  std::cout << Json{{"page", page.number},
                    {"width", page.width},
                    {"height", page.height},
                    {"words", page.words.size()},
                    {"segments", page.segments.size()}}
                   .dump()
            << '\n';
  for (const auto& w : page.words) {
    std::cout << Json{{"word", w.text},
                      {"page", page.number},
                      {"box", BoxJson(w.box)},
                      {"size", w.font_size},
                      {"bold", w.bold},
                      {"font", w.font_name},
                      {"space_after", w.space_after},
                      {"line", w.line_id}}
                     .dump(-1, ' ', false, Json::error_handler_t::replace)
              << '\n';
  }
  for (const auto& s : page.segments) {
    std::cout << Json{{"segment", s.horizontal() ? "h" : "v"},
                      {"page", page.number},
                      {"from", {s.x0, s.y0}},
                      {"to", {s.x1, s.y1}},
                      {"thickness", s.thickness}}
                     .dump()
              << '\n';
  }
}

std::string ContentText(const tablift::pdf::StructNode& node,
                        const tablift::pdf::MarkedTextMap& marked) {
  std::string text;
  for (const auto& ref : node.content) {
    auto it = marked.find({ref.page, ref.mcid});
    if (it == marked.end()) continue;
    for (const auto& line : it->second.lines) {
      text += line.continues_line ? (line.space_before ? " " : "") : text.empty() ? "" : " | ";
      text += line.text + (line.space_after ? "_" : "");
    }
  }
  return text;
}

void PrintTree(const tablift::pdf::StructNode& node, const tablift::pdf::MarkedTextMap& marked,
               int depth) {
  Json pages = Json::array();
  for (const auto& ref : node.content) pages.push_back({ref.page, ref.mcid});
  Json line{{"depth", depth}, {"type", node.type}};
  if (node.row_span != 1 || node.col_span != 1) line["span"] = {node.row_span, node.col_span};
  if (!node.content.empty()) line["mc"] = pages;
  if (!node.content.empty()) line["text"] = ContentText(node, marked);
  std::cout << line.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  for (const auto& child : node.children) PrintTree(child, marked, depth + 1);
}

}  // namespace

int main(int argc, char** argv) {
  const bool tagged = argc > 1 && std::string(argv[1]) == "--tagged";
  if (tagged) {
    --argc;
    ++argv;
  }
  if (argc < 2) {
    std::cerr << "usage: tablift_pdfdump [--tagged] FILE.pdf [PAGE...]\n";
    return 2;
  }
  try {
    const tablift::Source src = tablift::ReadSource(argv[1]);
    tablift::Diagnostics diagnostics;
    auto doc = tablift::pdf::PdfDocument::Open(src.bytes, "", diagnostics);
    std::vector<int> pages;
    for (int i = 2; i < argc; ++i) pages.push_back(std::atoi(argv[i]));
    for (int n = 1; argc == 2 && n <= doc->page_count(); ++n) pages.push_back(n);
    for (int n : pages) {
      if (n < 1 || n > doc->page_count()) {
        std::cerr << "page " << n << " is not in 1.." << doc->page_count() << '\n';
        return 2;
      }
    }
    tablift::pdf::MarkedTextMap marked;
    const auto read = doc->ReadPages(pages, tagged ? &marked : nullptr, diagnostics);
    if (tagged) {
      for (const auto& node : doc->ReadStructureTree(diagnostics)) PrintTree(node, marked, 0);
    } else {
      for (const auto& page : read) PrintPage(page);
    }
    for (const auto& d : diagnostics) std::cerr << d.code << ": " << d.message << '\n';
  } catch (const tablift::Error& e) {
    std::cerr << argv[1] << ": " << e.what() << '\n';
    return static_cast<int>(e.code());
  }
  return 0;
}
