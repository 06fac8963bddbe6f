// tablift_pdfdump: a developer tool printing what the Poppler adapter reads off a PDF, as JSON
// lines: one "page" object per page, then one "word" and one "segment" object per item.
//
//   tablift_pdfdump FILE.pdf [PAGE...]      (all pages when none is given)
//
// Exit status: 0 on success, 2 for a bad command line, otherwise the tablift ExitCode.
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/source.h"
#include "extractors/pdf/poppler_reader.h"

namespace {

using Json = nlohmann::ordered_json;

Json BoxJson(const tablift::BBox& b) { return Json::array({b.x0, b.y0, b.x1, b.y1}); }

void PrintPage(const tablift::pdf::Page& page) {
  std::cout << Json{{"page", page.number}, {"width", page.width}, {"height", page.height},
                    {"words", page.words.size()}, {"segments", page.segments.size()}}
                   .dump()
            << '\n';
  for (const auto& w : page.words) {
    std::cout << Json{{"word", w.text}, {"page", page.number}, {"box", BoxJson(w.box)},
                      {"size", w.font_size}, {"bold", w.bold}, {"font", w.font_name},
                      {"space_after", w.space_after}, {"line", w.line_id}}
                     .dump(-1, ' ', false, Json::error_handler_t::replace)
              << '\n';
  }
  for (const auto& s : page.segments) {
    std::cout << Json{{"segment", s.horizontal() ? "h" : "v"}, {"page", page.number},
                      {"from", {s.x0, s.y0}}, {"to", {s.x1, s.y1}}, {"thickness", s.thickness}}
                     .dump()
              << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: tablift_pdfdump FILE.pdf [PAGE...]\n";
    return 2;
  }
  try {
    const tablift::Source src = tablift::ReadSource(argv[1]);
    tablift::Diagnostics diagnostics;
    auto doc = tablift::pdf::PdfDocument::Open(src.bytes, "", diagnostics);
    std::vector<int> pages;
    for (int i = 2; i < argc; ++i) pages.push_back(std::atoi(argv[i]));
    for (int n = 1; pages.empty() && argc == 2 && n <= doc->page_count(); ++n) pages.push_back(n);
    for (int n : pages) {
      if (n < 1 || n > doc->page_count()) {
        std::cerr << "page " << n << " is not in 1.." << doc->page_count() << '\n';
        return 2;
      }
    }
    for (const auto& page : doc->ReadPages(pages, nullptr, diagnostics)) PrintPage(page);
    for (const auto& d : diagnostics) std::cerr << d.code << ": " << d.message << '\n';
  } catch (const tablift::Error& e) {
    std::cerr << argv[1] << ": " << e.what() << '\n';
    return static_cast<int>(e.code());
  }
  return 0;
}
