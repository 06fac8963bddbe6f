// The per-table limits of core/limits.h applied to a finished table: grid rows and columns,
// cells per table and text per cell. The lattice builder works on geometry without the limits,
// so PdfExtractor passes each of its tables through here (the tagged builder applies the same
// limits while it builds). Pure function on a Table: thread-safe.
#pragma once

#include "core/limits.h"
#include "core/table.h"

namespace tablift::pdf {

// Truncates `t` to the limits: rows past max_grid_rows and columns past max_grid_cols are
// dropped (spans reaching past them are shortened), cells past max_cells_per_table (in row
// order) are dropped, and each cell's text is cut at max_cell_text_bytes on a UTF-8 boundary.
// Each kind of cut adds one warning to t.diagnostics: "pdf.too-many-rows",
// "pdf.too-many-columns", "pdf.too-many-cells", "pdf.cell-text-cut". A table within the limits
// is left unchanged.
void ApplyTableLimits(Table& t, const Limits& limits);

}  // namespace tablift::pdf
