#include "cli/table_selection.h"

#include <algorithm>
#include <string>

#include "core/error.h"

namespace tablift::cli {
namespace {

bool Wanted(const std::vector<int>& wanted, int index) {
  return std::binary_search(wanted.begin(), wanted.end(), index);
}

}  // namespace

void SelectTables(ExportDocument& doc, const std::vector<int>& wanted) {
  if (wanted.empty()) return;
  for (int n : wanted) {
    const bool present = std::any_of(doc.tables.begin(), doc.tables.end(),
                                     [n](const RecordTable& t) { return t.index == n; });
    if (!present)
      throw Error(ExitCode::kBadInput, "--table " + std::to_string(n) +
                                           ": no such table (the document has " +
                                           std::to_string(doc.tables.size()) + ")");
  }
  std::vector<RecordTable> tables;
  std::vector<Table> grids;
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    if (!Wanted(wanted, doc.tables[i].index)) continue;
    tables.push_back(std::move(doc.tables[i]));
    if (i < doc.grids.size()) grids.push_back(std::move(doc.grids[i]));
  }
  doc.tables = std::move(tables);
  doc.grids = std::move(grids);
  std::erase_if(doc.typed, [&](const TypedTable& t) { return !Wanted(wanted, t.index); });
}

}  // namespace tablift::cli
