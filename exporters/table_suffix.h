// The file-name part that numbers a table's files: ".table-<N>", N from 1 in document order,
// zero-padded to the width of the table count (".table-01" ... ".table-12") so that the files
// sort in table order. Pure function: thread-safe.
#pragma once

#include <fmt/core.h>

#include <cstddef>
#include <string>

namespace tablift {

inline std::string TableSuffix(std::size_t index, std::size_t table_count) {
  const std::size_t width = fmt::formatted_size("{}", table_count);
  return fmt::format(".table-{:0{}}", index + 1, width);
}

}  // namespace tablift
