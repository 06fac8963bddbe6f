// `tablift batch`: converts many inputs, each in its own child process under a time limit and
// a memory cap, mirroring the input tree under OUTDIR, with progress on stderr and
// OUTDIR/batch-report.json; or, with --merge-reports, merges shard reports (docs/batch.md).
#pragma once

#include <iosfwd>

#include "cli/batch_options.h"

namespace tablift::batch {

using cli::BatchOptions;

// Returns the exit status: 0 when every input converted, kBatchFailed when some failed (the
// others still converted), kUsage / kBadInput / kOutput when the batch could not start or its
// report could not be written or merged. Call from a single-threaded program (it forks).
int RunBatch(const BatchOptions& options, std::ostream& err);

}  // namespace tablift::batch
