#include "extractors/pdf/pdf_extractor.h"

#include <algorithm>
#include <map>

#include "extractors/pdf/lattice.h"
#include "extractors/pdf/table_limits.h"
#include "extractors/pdf/tagged_document.h"

namespace tablift {

bool PdfExtractor::Reads(const Source& src, const Limits&) const {
  return DetectFormat(src.bytes) == InputFormat::kPdf;
}

namespace {

int FirstPage(const Table& t) { return t.regions.empty() ? 0 : t.regions.front().page; }

std::vector<pdf::Page> PagesIn(const std::vector<pdf::Page>& pages, const std::set<int>& numbers) {
  std::vector<pdf::Page> out;
  for (const pdf::Page& page : pages) {
    if (numbers.count(page.number)) out.push_back(page);
  }
  return out;
}

void Number(std::vector<Table>& tables) {
  for (std::size_t i = 0; i < tables.size(); ++i) tables[i].index = static_cast<int>(i) + 1;
}

// Tagged and geometry tables interleave by the page each starts on; renumbers them all, keeping
// nested tables' parent references.
void Merge(std::vector<Table>& tagged, std::vector<Table> lattice) {
  constexpr int kLatticeMark = 1 << 24;  // lattice indexes are kept apart from tagged ones
  for (Table& t : tagged) t.index = 0;
  for (Table& t : lattice) {
    t.index += kLatticeMark;
    if (t.parent_table) *t.parent_table += kLatticeMark;
    tagged.push_back(std::move(t));
  }
  std::stable_sort(tagged.begin(), tagged.end(),
                   [](const Table& a, const Table& b) { return FirstPage(a) < FirstPage(b); });
  std::map<int, int> renumber;
  for (std::size_t i = 0; i < tagged.size(); ++i) {
    if (tagged[i].index) renumber[tagged[i].index] = static_cast<int>(i) + 1;
    tagged[i].index = static_cast<int>(i) + 1;
  }
  for (Table& t : tagged) {
    if (t.parent_table) t.parent_table = renumber[*t.parent_table];
  }
}

}  // namespace

Document PdfExtractor::Extract(const Source& src, const ExtractOptions& given) const {
  ExtractOptions options = given;
  const std::string& method = options.table_method;
  if (method == "lattice" || method == "stream") options.use_structure_tree = false;
  pdf::ReadDocument read = pdf::ReadPdf(src, options);
  Document doc;
  doc.source.pages = read.page_count;
  doc.diagnostics = std::move(read.diagnostics);
  doc.tables = std::move(read.tagged_tables);
  if (read.geometry_pages.empty() || method == "tagged") {
    Number(doc.tables);
    return doc;
  }
  const bool all = read.geometry_pages.size() == read.pages.size();
  std::vector<Table> lattice = pdf::BuildGeometryTables(
      all ? read.pages : PagesIn(read.pages, read.geometry_pages), method, doc.diagnostics);
  for (Table& t : lattice) pdf::ApplyTableLimits(t, options.limits);
  if (doc.tables.empty()) {
    doc.tables = std::move(lattice);  // already numbered by the lattice builder
    return doc;
  }
  Merge(doc.tables, std::move(lattice));
  return doc;
}

}  // namespace tablift
