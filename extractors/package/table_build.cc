#include "extractors/package/table_build.h"

#include <fmt/core.h>

#include "core/error.h"

namespace tablift::package {

Table ReserveTable(std::vector<Table>& tables, std::string caption, std::string method,
                   const std::string& part, const std::string& element) {
  tables.emplace_back();  // the slot keeps document order while nested tables are added
  Table t;
  t.index = static_cast<int>(tables.size());
  t.caption = std::move(caption);
  t.method = std::move(method);
  t.locator = fmt::format("{} {} {}", part, element, t.index);
  return t;
}

void StoreTable(Table t, std::vector<Table>& tables) {
  if (const std::string problem = ValidateTable(t); !problem.empty()) {
    throw Error(ExitCode::kInternal, fmt::format("{}: invalid grid built: {}", t.locator, problem));
  }
  const auto slot = static_cast<std::size_t>(t.index - 1);
  tables[slot] = std::move(t);
}

void AppendMergedContent(Cell&& merged, Cell& into) {
  for (Paragraph& p : merged.paragraphs) {
    if (!p.text.empty()) into.paragraphs.push_back(std::move(p));
  }
  for (int n : merged.nested_tables) into.nested_tables.push_back(n);
}

}  // namespace tablift::package
