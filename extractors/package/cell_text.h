// The per-cell text limit (Limits::max_cell_text_bytes), shared by the package extractors.
// Pure function; thread-safe.
#pragma once

#include <cstdint>

#include "core/table.h"

namespace tablift::package {

// Cuts the cell's paragraphs so their text totals at most `limit` bytes: the paragraph that
// crosses the limit is cut (never inside a UTF-8 sequence) and later ones are dropped. Returns
// true when something was cut.
bool CutCellText(Cell& cell, std::uint64_t limit);

}  // namespace tablift::package
