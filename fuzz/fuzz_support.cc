#include "fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

#include "core/error.h"
#include "core/exporter.h"
#include "core/source.h"
#include "core/table.h"
#include "exporters/registry.h"
#include "normalizer/normalizer.h"

namespace tablift::fuzz {
namespace {

// Keeps every file an exporter writes in memory.
class MemorySink final : public OutputSink {
 public:
  std::ostream& Open(const std::string& suffix) override {
    auto& s = files_[suffix];
    s.str("");
    return s;
  }

 private:
  std::map<std::string, std::ostringstream> files_;
};

void ExportAll(const Document& doc) {
  const ExportDocument records = NormalizeDocument(doc, /*keep_grids=*/true);
  ExportOptions options;
  options.grid = true;
  for (const Exporter* exporter : AllExporters()) {
    MemorySink sink;
    exporter->Write(records, options, sink);
  }
}

}  // namespace

Limits FuzzLimits() {
  Limits limits;
  limits.max_entry_bytes = 8u << 20;  // above -max_len, so inflation is what hits it
  limits.max_grid_rows = 2000;
  limits.max_grid_cols = 200;
  limits.max_cells_per_table = 20000;
  limits.max_cell_text_bytes = 64u << 10;
  limits.max_nesting_depth = 16;
  limits.max_pages = 50;
  return limits;
}

void Require(bool ok, const std::string& what) {
  if (ok) return;
  std::fprintf(stderr, "tablift fuzz finding: %s\n", what.c_str());
  std::abort();
}

void RunExtractor(const Extractor& extractor, std::string bytes) {
  Source src{"<fuzz>", std::move(bytes)};
  ExtractOptions options;
  options.limits = FuzzLimits();
  Document doc;
  try {
    doc = extractor.Extract(src, options);
  } catch (const Error&) {
    return;  // a clear refusal is an accepted outcome
  }
  for (const Table& t : doc.tables) {
    const std::string problem = ValidateTable(t);
    Require(problem.empty(), "invalid table " + std::to_string(t.index) + ": " + problem);
    Require(t.rows <= options.limits.max_grid_rows && t.cols <= options.limits.max_grid_cols,
            "table over the grid limits");
    Require(t.cells.size() <= options.limits.max_cells_per_table, "table over the cell limit");
  }
  doc.source = DescribeSource(src, DetectFormat(src.bytes));
  try {
    ExportAll(doc);
  } catch (const Error& e) {
    Require(false, std::string("normalize/export of an extracted document threw: ") + e.what());
  }
}

}  // namespace tablift::fuzz
