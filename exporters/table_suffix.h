// The file-name part that numbers a table's files: ".table-<N>", N from 1 in document order,
// zero-padded to the width of the table count (".table-01" ... ".table-12") so that the files
// sort in table order. Pure function: thread-safe.
#pragma once

#include <fmt/core.h>

#include <cstddef>
#include <string>

namespace tablift {

inline std::string TableSuffix(std::size_t index, std::size_t table_count) {
  // std::to_string, not fmt::formatted_size: the latter instantiates fmt's vformat_to template,
  // which clang mangles differently from the GCC-built libfmt (the fuzz build fails to link).
  const std::size_t width = std::to_string(table_count).size();
  return fmt::format(".table-{:0{}}", index + 1, width);
}

}  // namespace tablift
