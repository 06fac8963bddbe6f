// `tablift convert`: every input to OUTDIR/<stem>.json, <stem>.xml and <stem>.table-N.csv (or
// the --format subset), each input's files committed together or not at all.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/options.h"

namespace tablift::cli {

// Converts every input; failures go to `err` one line each (cli/report.h) and the other inputs
// still convert. Input "-" is read from `in`, and with `-o -` the one file goes to `out`
// (cli/stdio.h). An input's files replace those its last run into OUTDIR wrote: the ones that
// run wrote and this one did not are removed (OUTDIR/.tablift/<stem>.files lists them).
// Returns the exit status: 0, the first failed input's code, kUsage when two inputs share a
// stem, or kOutput when OUTDIR cannot be created.
int RunConvert(const ConvertOptions& options, std::istream& in, std::ostream& out,
               std::ostream& err);

}  // namespace tablift::cli
