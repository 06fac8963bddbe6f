#include "exporters/document_view.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/error.h"
#include "core/text.h"

namespace tablift {
namespace {

// Spaces per list level below the first, matching the normalizer's rendering of nested items.
constexpr int kIndentPerLevel = 2;

// Record keys that are not columns (docs/formats.md); a column may not take one of these names.
constexpr std::string_view kReservedNames[] = {"section", "_source"};

std::string RenderParagraph(const Paragraph& p) {
  if (p.list.kind == ListKind::kNone) return p.text;
  std::string out(static_cast<std::size_t>(std::max(0, p.list.level) * kIndentPerLevel), ' ');
  const bool bullet = p.list.kind == ListKind::kBullet;
  out += bullet && p.list.marker.empty() ? "\u2022" : p.list.marker;
  out += ' ';
  out += p.text;
  return out;
}

void CheckRecordTable(const RecordTable& table) {
  std::set<std::string_view> names(std::begin(kReservedNames), std::end(kReservedNames));
  for (const Column& c : table.columns) {
    if (!names.insert(c.name).second) {
      throw Error(ExitCode::kInternal,
                  fmt::format("table {}: column name \"{}\" is reserved or used twice", table.index,
                              c.name));
    }
  }
  for (std::size_t r = 0; r < table.records.size(); ++r) {
    if (table.records[r].values.size() != table.columns.size()) {
      throw Error(ExitCode::kInternal,
                  fmt::format("table {} record {}: {} values for {} columns", table.index, r,
                              table.records[r].values.size(), table.columns.size()));
    }
  }
}

}  // namespace

const Table* GridFor(const ExportDocument& doc, std::size_t i) {
  if (doc.grids.size() != doc.tables.size() || i >= doc.grids.size()) return nullptr;
  return &doc.grids[i];
}

std::string TableMethod(const ExportDocument& doc, std::size_t i) {
  if (i < doc.tables.size() && !doc.tables[i].method.empty()) return doc.tables[i].method;
  const Table* grid = GridFor(doc, i);
  return grid ? grid->method : std::string();
}

std::string RenderCellText(const Cell& cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.paragraphs.size(); ++i) {
    if (i) out += '\n';
    out += RenderParagraph(cell.paragraphs[i]);
  }
  return SanitizeUtf8(out);
}

std::vector<int> GridPages(const Table& grid) {
  std::set<int> pages;
  for (const PageRegion& r : grid.regions) pages.insert(r.page);
  return {pages.begin(), pages.end()};
}

double RoundCoord(double v) {
  constexpr double kScale = 100.0;  // two decimals
  const double r = std::round(v * kScale) / kScale;
  return r == 0.0 ? 0.0 : r;
}

void CheckDocument(const ExportDocument& doc, bool want_grids) {
  for (const RecordTable& t : doc.tables) CheckRecordTable(t);
  if (want_grids && doc.grids.empty() && !doc.tables.empty()) {
    throw Error(ExitCode::kInternal, "grid output was asked for but the grids were not kept");
  }
  if (doc.grids.empty()) return;
  if (doc.grids.size() != doc.tables.size()) {
    throw Error(ExitCode::kInternal,
                fmt::format("{} grids for {} tables", doc.grids.size(), doc.tables.size()));
  }
  for (std::size_t i = 0; i < doc.grids.size(); ++i) {
    if (doc.grids[i].index != doc.tables[i].index) {
      throw Error(ExitCode::kInternal, fmt::format("grid {} is for table {}, not table {}", i + 1,
                                                   doc.grids[i].index, doc.tables[i].index));
    }
  }
}

void CheckStream(const std::ostream& out, std::string_view what) {
  if (!out) throw Error(ExitCode::kOutput, fmt::format("cannot write the {} output", what));
}

}  // namespace tablift
