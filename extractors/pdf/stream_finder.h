// The stream finder: tables without (full) rulings, found from the alignment of their text.
//
// Words outside the boxes other finders took form lines; regions of tabular lines
// (stream_regions.h) get columns from shared white space (stream_columns.h) and rows and a
// header (stream_rows.h); regions that do not hold a table are reported as info diagnostics
// "pdf.stream-rejected". Pure; thread-safe.
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "extractors/pdf/page_tables.h"

namespace tablift::pdf {

// The stream tables on `page` among the words whose centre lies outside every box of `taken`,
// top to bottom, with method "pdf.stream" and captions.
std::vector<PageTable> FindStreamTables(const Page& page, const std::vector<BBox>& taken,
                                        Diagnostics& diagnostics);

}  // namespace tablift::pdf
