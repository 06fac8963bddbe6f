#include "extractors/pdf/tagged_document.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/error.h"
#include "extractors/pdf/poppler_reader.h"

namespace tablift::pdf {
namespace {

std::vector<int> SelectPages(const ExtractOptions& options, int page_count) {
  std::vector<int> pages = options.pages;
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  for (int p : pages) {
    if (p < 1 || p > page_count) {
      throw Error(ExitCode::kBadInput,
                  fmt::format("page {} is out of range: the PDF has {} pages", p, page_count));
    }
  }
  if (pages.empty()) {
    for (int p = 1; p <= page_count; ++p) pages.push_back(p);
  }
  if (static_cast<int>(pages.size()) > options.limits.max_pages) {
    throw Error(ExitCode::kBadInput, fmt::format("{} pages to read, over the limit of {}",
                                                 pages.size(), options.limits.max_pages));
  }
  return pages;
}

void CheckText(const std::vector<Page>& pages, Diagnostics& diagnostics) {
  bool any = false;
  for (const Page& page : pages) {
    any = any || !page.words.empty();
    if (page.words.empty()) {
      diagnostics.push_back({Severity::kWarning, "pdf.page-no-text",
                             "no text layer on this page (scanned?)",
                             fmt::format("page {}", page.number)});
    }
  }
  if (!any) throw Error(ExitCode::kNoText, "no text layer; scanned PDFs need OCR");
}

VerticalRules VerticalRulesOf(const std::vector<Page>& pages) {
  VerticalRules rules;
  for (const Page& page : pages) {
    auto& out = rules[page.number];
    for (const Segment& s : page.segments) {
      if (!s.horizontal()) out.push_back(s);
    }
  }
  return rules;
}

void ApplyTree(const std::vector<StructNode>& tree, const MarkedTextMap& marked,
               const ExtractOptions& options, ReadDocument& doc) {
  const VerticalRules rules = VerticalRulesOf(doc.pages);
  const TextSources src{&marked, &rules, PrintsLineEndSpaces(tree, marked)};
  std::set<int> read;
  for (const Page& page : doc.pages) read.insert(page.number);
  TaggedResult tagged = BuildTaggedTables(tree, src, read, options.limits);
  if (!tagged.has_tables) {
    doc.diagnostics.push_back({Severity::kInfo, "pdf.tagged-no-tables",
                               "the structure tree has no table on the read pages; "
                               "tables are found from ruling lines",
                               ""});
    doc.geometry_pages = read;
    return;
  }
  doc.tagged_tables = std::move(tagged.tables);
  doc.geometry_pages = std::move(tagged.fallback_pages);
  for (int page : doc.geometry_pages) {
    doc.diagnostics.push_back({Severity::kWarning, "pdf.tagged-fallback",
                               fmt::format("a tagged table on page {} has no usable rows, cells "
                                           "or text; its tables are found from ruling lines",
                                           page),
                               fmt::format("page {}", page)});
  }
}

// Reads the marked text of the pages outside the selection that hold the header rows and
// captions of the selected pages' tagged tables.
void ReadContext(PdfDocument& pdf, const std::vector<StructNode>& tree,
                 const std::vector<int>& numbers, MarkedTextMap& marked, Diagnostics& diagnostics) {
  const std::set<int> context =
      TaggedContextPages(tree, std::set<int>(numbers.begin(), numbers.end()));
  std::vector<int> extra;
  for (int p : context) {
    if (p >= 1 && p <= pdf.page_count()) extra.push_back(p);
  }
  if (!extra.empty()) pdf.ReadPages(extra, &marked, diagnostics);
}

}  // namespace

ReadDocument ReadPdf(const Source& src, const ExtractOptions& options) {
  ReadDocument doc;
  const Deadline deadline(options.limits.max_seconds);  // declared first: `pdf` points to it
  auto pdf = PdfDocument::Open(src.bytes, options.password, doc.diagnostics);
  pdf->SetDeadline(deadline);
  doc.page_count = pdf->page_count();
  if (doc.page_count < 1) throw Error(ExitCode::kBadInput, "the PDF has no pages");
  const std::vector<int> numbers = SelectPages(options, doc.page_count);
  std::vector<StructNode> tree;
  if (options.use_structure_tree) tree = pdf->ReadStructureTree(doc.diagnostics);
  MarkedTextMap marked;
  doc.pages = pdf->ReadPages(numbers, tree.empty() ? nullptr : &marked, doc.diagnostics);
  if (!tree.empty()) ReadContext(*pdf, tree, numbers, marked, doc.diagnostics);
  CheckText(doc.pages, doc.diagnostics);
  if (tree.empty()) {
    for (const Page& page : doc.pages) doc.geometry_pages.insert(page.number);
  } else {
    ApplyTree(tree, marked, options, doc);
  }
  return doc;
}

}  // namespace tablift::pdf
