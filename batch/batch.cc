#include "batch/batch.h"

#include <string.h>

#include <algorithm>
#include <cstdio>
#include <ostream>

#include "batch/batch_inputs.h"
#include "batch/batch_progress.h"
#include "batch/batch_report.h"
#include "batch/options_fingerprint.h"
#include "batch/worker.h"
#include "batch/worker_pool.h"
#include "cli/datapackage.h"
#include "cli/dcat.h"
#include "cli/file_sink.h"
#include "cli/library_options.h"
#include "cli/report.h"
#include "core/error.h"
#include "core/source.h"
#include "tablift/convert.h"
#include "tablift/export.h"

namespace tablift::batch {

using cli::CheckBatchOptions;
using cli::EnsureOutputDir;
using cli::ExportOptionsOf;
using cli::kDataPackageName;
using cli::LibraryOptions;
using cli::OneLine;
using cli::WriteDataPackage;
using cli::WriteDcat;
namespace fs = std::filesystem;
namespace {

// Failures listed by name in the summary; the report has them all.
constexpr size_t kSummaryFailures = 10;

std::string HashOrEmpty(const std::string& path) {
  try {
    return Sha256Hex(ReadSource(path).bytes);
  } catch (const std::exception&) {
    return "";
  }
}

std::string Seconds(double s) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", s);
  return text;
}

// The result of a child that did not report (it crashed or was killed).
FileResult Unreported(const BatchInput& in, const ChildOutcome& o, const BatchOptions& opts) {
  FileResult r;
  r.input = in.path;
  r.output = OutputName(in);
  if (o.timed_out) {
    r.code = static_cast<int>(ExitCode::kBadInput);
    r.reason = kReasonTimeout;
    r.message = "killed after " + Seconds(opts.timeout_seconds) + " s (--timeout)";
  } else if (o.signal != 0) {
    r.code = static_cast<int>(ExitCode::kInternal);
    r.reason = kReasonCrash;
    r.message = "the converter died of signal " + std::to_string(o.signal) + " (" +
                strsignal(o.signal) + ")";
  } else {
    r.code = static_cast<int>(ExitCode::kInternal);
    r.reason = kReasonCrash;
    r.message =
        "the converter exited with status " + std::to_string(o.exit_status) + " without a result";
  }
  r.sha256 = HashOrEmpty(in.path);
  return r;
}

FileResult FromOutcome(const BatchInput& in, const ChildOutcome& o, const BatchOptions& opts) {
  if (!o.timed_out && o.signal == 0) {
    try {
      const auto j = nlohmann::json::parse(o.output);
      FileResult r = FileResultFromJson(j);
      r.resumed = j.value("resumed", false);
      r.files = j.value("files", std::vector<std::string>{});
      return r;
    } catch (const nlohmann::json::exception&) {
      // falls through: a child that died mid-write
    }
  }
  return Unreported(in, o, opts);
}

// The file of the batch itself that an input's outputs would overwrite, or "": the report
// ("batch-report.json", "batch-report.shard-*.json") and datapackage.json live in OUTDIR.
std::string ReservedClash(const BatchInput& in, const BatchOptions& options) {
  if (!in.rel_dir.empty()) return "";
  if (in.stem == "batch-report" || in.stem.rfind("batch-report.shard-", 0) == 0)
    return "the batch report";
  if (options.convert.typed.datapackage && in.stem == "datapackage") return kDataPackageName;
  return "";
}

FileResult EmptyResult(const BatchInput& in) {
  FileResult r;
  r.input = in.path;
  r.output = OutputName(in);
  r.code = static_cast<int>(ExitCode::kBadInput);
  r.reason = kReasonEmpty;
  r.message = kEmptyInput;
  r.sha256 = HashOrEmpty(in.path);
  return r;
}

FileResult ClashResult(const BatchInput& in, const std::string& reserved) {
  FileResult r;
  r.input = in.path;
  r.output = OutputName(in);
  r.code = static_cast<int>(ExitCode::kUsage);
  r.reason = kReasonClash;
  r.message = reserved.empty() ? "same output name as " + in.clash_with + " (rename one of them)"
                               : "its outputs would overwrite " + reserved + " (rename it)";
  r.sha256 = HashOrEmpty(in.path);
  return r;
}

void PrintSummary(std::ostream& err, const std::vector<FileResult>& results, size_t skipped,
                  const fs::path& report) {
  size_t failed = 0, resumed = 0;
  for (const FileResult& r : results) {
    failed += !r.ok;
    resumed += r.resumed;
  }
  size_t listed = 0;
  for (const FileResult& r : results) {
    if (r.ok || listed++ >= kSummaryFailures) continue;
    err << "tablift: " << OneLine(r.input) << ": " << FailureText(r) << '\n';
  }
  if (listed > kSummaryFailures)
    err << "tablift batch: ... and " << listed - kSummaryFailures << " more failures\n";
  err << "tablift batch: " << results.size() << " inputs: " << results.size() - failed
      << " converted (" << resumed << " resumed), " << failed << " failed, " << skipped
      << " skipped (no documents); report: " << report.string() << '\n'
      << std::flush;
}

int ExitFor(const std::vector<FileResult>& results) {
  for (const FileResult& r : results) {
    if (!r.ok) return static_cast<int>(ExitCode::kBatchFailed);
  }
  return 0;
}

int Merge(const BatchOptions& options, std::ostream& err) {
  const fs::path out_root = options.convert.output_dir;
  EnsureOutputDir(out_root);
  const auto report = MergeReports(options.merge_reports);
  const fs::path path = out_root / ReportName({});
  WriteFileAtomically(path, report.dump(2) + "\n");
  const std::vector<FileResult> results = ResultsOf(report);
  if (!options.quiet) PrintSummary(err, results, report["skipped"].size(), path);
  return ExitFor(results);
}

// Dispatch order: largest files first (size stands in for conversion time), so that -j N does
// not end with one worker on a big file while the others idle. Results are sorted afterwards;
// the order changes nothing in the outputs.
void LargestFirst(std::vector<BatchInput>& todo) {
  std::vector<std::pair<std::uintmax_t, size_t>> keyed;
  for (size_t i = 0; i < todo.size(); ++i) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(todo[i].path, ec);
    keyed.emplace_back(ec ? 0 : size, i);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](auto& a, auto& b) { return a.first > b.first; });
  std::vector<BatchInput> ordered;
  for (const auto& k : keyed) ordered.push_back(std::move(todo[k.second]));
  todo = std::move(ordered);
}

std::vector<FileResult> ConvertAll(const std::vector<BatchInput>& mine, const WorkerContext& ctx,
                                   const std::vector<BatchInput>& all, std::ostream& err) {
  const BatchOptions& options = *ctx.options;
  std::vector<FileResult> results;
  std::vector<BatchInput> todo;
  for (const BatchInput& in : mine) {
    const std::string reserved = ReservedClash(in, options);
    if (in.empty)
      results.push_back(EmptyResult(in));
    else if (in.clash_with.empty() && reserved.empty())
      todo.push_back(in);
    else
      results.push_back(ClashResult(in, reserved));
  }
  LargestFirst(todo);
  BatchProgress progress(err, BatchProgress::ModeFor(options.quiet), mine.size());
  for (const FileResult& r : results) progress.Done(r);
  const WorkerLimits limits{options.jobs > 0 ? options.jobs : UsableCores(),
                            options.timeout_seconds, options.max_memory_mb,
                            options.files_per_worker};
  RunIsolated(
      todo.size(), limits,
      [&](size_t i) {
        const FileResult r = ConvertInput(todo[i], ctx);
        auto j = ToJson(r);
        j["resumed"] = r.resumed;
        j["files"] = r.files;
        // A worker whose file ran out of memory or met an internal error is replaced, so
        // nothing such a failure left behind can reach the next file. A file the converter
        // refused (bad input, no tables, ...) unwound normally and keeps its worker.
        const bool suspect = !r.ok && (r.reason == std::string(kReasonMemory) ||
                                       r.code == static_cast<int>(ExitCode::kInternal));
        return TaskOutput(j.dump() + "\n", suspect);
      },
      [&](size_t i, const ChildOutcome& o) {
        FileResult r = FromOutcome(todo[i], o, options);
        r.seconds = o.seconds;
        if (!r.ok) RemoveStaleTemps(ctx.out_root, all, {todo[i]});
        progress.Done(r);
        results.push_back(std::move(r));
      },
      [&] { progress.Tick(); });
  progress.Finish();
  return results;
}

// --datapackage: OUTDIR/datapackage.json over every file the batch wrote or reused, in input
// order, after every child ended.
// --dcat: OUTDIR/dcat.jsonld the same way.
void WritePackage(const std::vector<FileResult>& results, const WorkerContext& ctx) {
  std::vector<fs::path> files;
  for (const FileResult& r : results) files.insert(files.end(), r.files.begin(), r.files.end());
  const ExportMetadata& metadata = ctx.converter->options().metadata;
  if (ctx.options->convert.typed.datapackage)
    WriteDataPackage(ctx.out_root, files, metadata.created, metadata.meta);
  if (ctx.options->convert.typed.dcat)
    WriteDcat(ctx.out_root, files, metadata.created, metadata.meta);
}

int RunInputs(const BatchOptions& options, std::ostream& err) {
  const BatchInputs found =
      DiscoverInputs(options.convert.in.inputs, options.manifest, options.convert.name_by);
  const ShardInfo shard{options.shard_index, options.shard_count, found.files.size(),
                        found.skipped.size()};
  const auto mine = Shard(found.files, shard.index, shard.count);
  const auto skipped = Shard(found.skipped, shard.index, shard.count);
  const Converter converter(LibraryOptions(options.convert));  // loaded once, before any fork
  const std::vector<std::string> formats = ResolveFormats(options.convert.formats);
  const std::string fingerprint = OptionsFingerprint(
      converter.options(), formats, ExportOptionsOf(options.convert), options.convert.tables);
  WorkerContext ctx{&options, options.convert.output_dir, fingerprint, &converter, formats};
  EnsureOutputDir(ctx.out_root);
  RemoveStaleTemps(ctx.out_root, found.files, mine);
  std::vector<FileResult> results = ConvertAll(mine, ctx, found.files, err);
  std::sort(results.begin(), results.end(),
            [](const FileResult& a, const FileResult& b) { return a.input < b.input; });
  const fs::path path = ctx.out_root / ReportName(shard);
  WriteFileAtomically(path, BuildReport(results, skipped, ctx.fingerprint, shard).dump(2) + "\n");
  if (!options.quiet) PrintSummary(err, results, skipped.size(), path);
  if (options.convert.typed.datapackage || options.convert.typed.dcat) WritePackage(results, ctx);
  return ExitFor(results);
}

}  // namespace

int RunBatch(const BatchOptions& options, std::ostream& err) {
  if (const std::string problem = CheckBatchOptions(options); !problem.empty()) {
    err << "tablift: " << problem << '\n';
    return static_cast<int>(ExitCode::kUsage);
  }
  try {
    return options.merge_reports.empty() ? RunInputs(options, err) : Merge(options, err);
  } catch (const Error& e) {
    err << "tablift: " << OneLine(e.what()) << '\n';
    return static_cast<int>(e.code());
  }
}

}  // namespace tablift::batch
