#include "cli/inspect_text.h"

#include <fmt/core.h>

#include <algorithm>

namespace tablift::cli {
namespace {

std::vector<int> TablePages(const Table& t) {
  std::vector<int> pages;
  for (const PageRegion& r : t.regions) pages.push_back(r.page);
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  return pages;
}

std::string TableLine(const Table& t, const RecordTable* rt) {
  // The rows the normalizer took the titles from (the extractor's, or the first content row).
  const std::size_t header_rows = rt ? rt->header_rows.size() : t.header_rows.size();
  std::string line =
      fmt::format("table {}: {}x{}, header rows {}", t.index, t.rows, t.cols, header_rows);
  if (rt) line += fmt::format(", records {}, sections {}", rt->records.size(), rt->sections.size());
  line += ", method " + (t.method.empty() ? std::string("unknown") : t.method);
  // Shown when the finder is unsure; a ruled or tagged table's structure is certain.
  if (t.confidence && *t.confidence < 1) line += fmt::format(" (confidence {:.2f})", *t.confidence);
  const std::vector<int> pages = TablePages(t);
  if (!pages.empty()) line += ", pages " + FormatPageList(pages);
  if (t.parent_table) {
    line += fmt::format(", nested in table {}", *t.parent_table);
    if (t.parent_cell)
      line += fmt::format(" row {} col {}", t.parent_cell->row + 1, t.parent_cell->col + 1);
  }
  return line + ", caption " + Quote(t.caption) + "\n";
}

// "  columns: name "Title", ..." and the sections, indented under the table line.
std::string SectionLines(const RecordTable& rt) {
  std::string out = "  columns:";
  for (std::size_t i = 0; i < rt.columns.size(); ++i)
    out +=
        fmt::format("{} {} {}", i == 0 ? "" : ",", rt.columns[i].name, Quote(rt.columns[i].title));
  out += "\n";
  for (std::size_t i = 0; i < rt.sections.size(); ++i) {
    out += fmt::format("  section {} before record {}: {}\n", i + 1,
                       rt.sections[i].before_record + 1, Quote(rt.sections[i].title));
  }
  return out;
}

const RecordTable* RecordsOf(const std::vector<RecordTable>& records, int index) {
  for (const RecordTable& rt : records) {
    if (rt.index == index) return &rt;
  }
  return nullptr;
}

}  // namespace

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out + "\"";
}

std::string FormatPageList(const std::vector<int>& pages) {
  std::string out;
  for (std::size_t i = 0; i < pages.size();) {
    std::size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    if (!out.empty()) out += ',';
    out += j == i ? fmt::format("{}", pages[i]) : fmt::format("{}-{}", pages[i], pages[j]);
    i = j + 1;
  }
  return out;
}

std::string InspectText(const Document& doc, const std::vector<RecordTable>& records) {
  const SourceInfo& s = doc.source;
  std::string out = fmt::format("file: {}\nformat: {}\nsha256: {}\n", s.path, s.format, s.sha256);
  if (s.format == "pdf") out += fmt::format("pages: {}\n", s.pages);
  out += fmt::format("tables: {}\n", doc.tables.size());
  for (const Table& t : doc.tables) {
    const RecordTable* rt = RecordsOf(records, t.index);
    out += TableLine(t, rt);
    if (rt) out += SectionLines(*rt);
  }
  return out;
}

}  // namespace tablift::cli
