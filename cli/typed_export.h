// The run-wide metadata of a typed export (issue 4) from the command line's options: the
// requested profile, a summary of the options, the --meta pairs and SOURCE_DATE_EPOCH. The
// profile itself is applied by the library (tablift/convert.h). Pure functions.
#pragma once

#include "cli/options.h"
#include "core/record.h"

namespace tablift::cli {

// The run-wide part of the metadata: requested profile, options summary, --meta pairs, created.
// Throws Error(kUsage) for bad --meta pairs or a bad SOURCE_DATE_EPOCH.
ExportMetadata RunMetadata(const ConvertOptions& options);

}  // namespace tablift::cli
