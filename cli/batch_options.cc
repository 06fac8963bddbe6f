#include "cli/batch_options.h"

#include <CLI/CLI.hpp>
#include <charconv>

namespace tablift::cli {
namespace {

bool ParseInt(std::string_view text, int& value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  return ec == std::errc() && ptr == end && !text.empty();
}

}  // namespace

std::string ParseShard(const std::string& text, int& index, int& count) {
  const auto slash = text.find('/');
  int i = 0, n = 0;
  if (slash == std::string::npos || !ParseInt(std::string_view(text).substr(0, slash), i) ||
      !ParseInt(std::string_view(text).substr(slash + 1), n) || n < 1 || i < 0 || i >= n) {
    return "--shard wants I/N with 0 <= I < N, e.g. 0/4; got '" + text + "'";
  }
  index = i;
  count = n;
  return "";
}

void AddBatchOptions(CLI::App& cmd, BatchOptions& options, std::string& shard) {
  cmd.add_option("--manifest", options.manifest, "file listing input paths, one per line");
  cmd.add_option("-j,--jobs", options.jobs, "files converted at once (default: cores)")
      ->check(CLI::NonNegativeNumber);
  cmd.add_option("--timeout", options.timeout_seconds,
                 "seconds one file may take; 0 = no limit (default: 120)");
  cmd.add_option("--max-memory-mb", options.max_memory_mb,
                 "address space one file may use, MB; 0 = no limit (default: 2048)")
      ->check(CLI::NonNegativeNumber);
  cmd.add_option("--files-per-worker", options.files_per_worker,
                 "files one worker process converts before a fresh one takes over; 1 = a new "
                 "process for every file (default: 100)")
      ->check(CLI::PositiveNumber);
  cmd.add_flag("--resume", options.resume,
               "skip inputs already converted from the same bytes with the same options");
  cmd.add_flag("-q,--quiet", options.quiet, "no progress lines and no summary");
  cmd.add_option("--shard", shard, "convert only slice I of N of the sorted inputs (I from 0)")
      ->check([](const std::string& text) {
        int i = 0, n = 0;
        return ParseShard(text, i, n);
      });
  cmd.add_option("--merge-reports", options.merge_reports,
                 "merge shard reports into OUTDIR/batch-report.json; converts nothing");
}

std::string CheckBatchOptions(const BatchOptions& options) {
  const bool has_inputs = !options.convert.in.inputs.empty() || !options.manifest.empty();
  if (!options.merge_reports.empty()) {
    if (has_inputs) return "--merge-reports takes report files only, no inputs";
    return "";
  }
  if (!has_inputs) return "batch needs INPUT folders/files, or --manifest FILE";
  if (!options.convert.typed.profile.empty() && !options.convert.provenance)  // as convert
    return "--no-provenance cannot be combined with --profile (typed records keep their source)";
  if (options.convert.typed.datapackage && options.shard_count > 1)
    return "--datapackage describes a whole batch: run it without --shard";
  if (options.convert.typed.dcat && options.shard_count > 1)
    return "--dcat describes a whole batch: run it without --shard";
  if (options.convert.output_dir == "-")
    return "batch writes into a folder; -o - (standard output) is for convert";
  return "";
}

}  // namespace tablift::cli
