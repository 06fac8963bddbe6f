// The options of `tablift batch` (docs/batch.md) as a plain struct, and the CLI11 wiring that
// fills the batch-only ones. The convert options (formats, --grid, --password, --pages, ...)
// live in `convert` and mean what they mean for `tablift convert`. Thread-compatible values.
#pragma once

#include <string>
#include <vector>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace tablift::cli {

// Per-file limits: generous for real reports (the samples convert in well under a second and
// under 200 MB), small enough that a runaway file cannot starve the machine.
inline constexpr double kDefaultTimeoutSeconds = 120;
inline constexpr int kDefaultMaxMemoryMb = 2048;
// Files one worker process converts before it is replaced (1: a fresh process for every file).
inline constexpr int kDefaultFilesPerWorker = 100;

struct BatchOptions {
  ConvertOptions convert;  // inputs (folders, files, glob patterns) and convert options
  std::string manifest;    // --manifest FILE: one input path per line ("" = none)
  int jobs = 0;            // -j N; 0 = the number of usable cores
  double timeout_seconds = kDefaultTimeoutSeconds;  // per file; <= 0 = no limit
  int max_memory_mb = kDefaultMaxMemoryMb;          // per file address space; 0 = no limit
  int files_per_worker = kDefaultFilesPerWorker;    // --files-per-worker N; >= 1
  bool resume = false;  // --resume: skip inputs already converted identically
  bool quiet = false;   // --quiet: no progress and no summary
  int shard_index = 0;  // --shard I/N
  int shard_count = 1;
  std::vector<std::string> merge_reports;  // --merge-reports REPORT...: merge, convert nothing
};

// Parses "I/N" (0 <= I < N). Returns "" and sets index/count, or an error message.
std::string ParseShard(const std::string& text, int& index, int& count);

// Adds the batch-only options to `cmd`. `shard` receives the raw --shard text.
void AddBatchOptions(CLI::App& cmd, BatchOptions& options, std::string& shard);

// Checks the combination after parsing; returns "" or a usage message.
std::string CheckBatchOptions(const BatchOptions& options);

}  // namespace tablift::cli
