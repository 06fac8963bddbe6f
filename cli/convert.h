// `tablift convert`: every input to OUTDIR/<stem>.json, <stem>.xml and <stem>.table-N.csv (or
// the --format subset), each input's files committed together or not at all.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/options.h"

namespace tablift::cli {

// Converts every input; failures go to `err` one line each (cli/report.h) and the other inputs
// still convert. Returns the exit status: 0, the first failed input's code, kUsage when two
// inputs share a stem, or kOutput when OUTDIR cannot be created.
int RunConvert(const ConvertOptions& options, std::ostream& err);

}  // namespace tablift::cli
