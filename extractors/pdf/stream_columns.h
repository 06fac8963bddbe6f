// Column boundaries of a stream table: vertical white-space corridors shared by its lines.
//
// Over the region's width, every word blocks its x-extent on its line. A corridor is a run of x
// where at most a tenth of the lines are blocked (spanning header cells and overlong labels may
// cross a boundary), lying strictly inside the region, that enough tabular lines confirm with a
// chunk gap (a gap of about an em or more, not a word space). The boundary is placed in the
// corridor's least blocked, widest stretch. Pure; thread-safe.
#pragma once

#include <vector>

#include "extractors/pdf/stream_regions.h"

namespace tablift::pdf {

struct ColumnLayout {
  double x0 = 0, x1 = 0;       // the region's left and right text edges
  std::vector<double> bounds;  // interior column boundaries, ascending
  int cols() const { return static_cast<int>(bounds.size()) + 1; }
  // The column holding x (0 .. cols()-1).
  int ColumnOf(double x) const;
  // Column edge i of 0 .. cols(): x0, the interior boundaries, x1.
  double Edge(int i) const;
};

// The columns of the lines [first, end) of `lines`.
ColumnLayout FindColumns(const std::vector<StreamLine>& lines, std::size_t first, std::size_t end);

}  // namespace tablift::pdf
