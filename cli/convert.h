// `tablift convert`: every input to OUTDIR/<stem>.json, <stem>.xml and <stem>.table-N.csv (or
// the --format subset), each input's files committed together or not at all.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/options.h"
#include "core/exporter.h"

namespace tablift::cli {

// The exporters of `--format` names (empty = DefaultFormats()) in registry order, so that the
// output does not depend on the option's order. Shared with `batch` (cli/worker.cc).
std::vector<const Exporter*> SelectExporters(const std::vector<std::string>& requested);

// Converts every input; failures go to `err` one line each (cli/report.h) and the other inputs
// still convert. Returns the exit status: 0, the first failed input's code, kUsage when two
// inputs share a stem, or kOutput when OUTDIR cannot be created.
int RunConvert(const ConvertOptions& options, std::ostream& err);

}  // namespace tablift::cli
