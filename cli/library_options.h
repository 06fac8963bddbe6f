// The library's options (tablift/convert.h, tablift/export.h) from the command line's, for
// `convert` and `batch` alike. Pure functions.
#pragma once

#include "cli/options.h"
#include "core/exporter.h"
#include "tablift/convert.h"

namespace tablift::cli {

// The extraction options, --grid, --profile and the run's metadata (cli/typed_export.h).
// Throws Error(kUsage) for bad --meta pairs or SOURCE_DATE_EPOCH.
ConversionOptions LibraryOptions(const ConvertOptions& options);

// How the exporters write: --grid, --no-provenance, --excel.
ExportOptions ExportOptionsOf(const ConvertOptions& options);

}  // namespace tablift::cli
