// The batch worker: converts one input inside a pool child (batch/worker_pool.h) the way `tablift
// convert` does, and keeps the sidecar marker that makes `--resume` safe.
//
// The marker OUTDIR/.tablift/<rel_dir>/<stem>.batch-done (one folder a publisher leaves out,
// not a hidden file beside every output) is written last, atomically (temp + rename),
// after the input's outputs were committed; it holds the source sha256, the options fingerprint,
// the output file names and the result counts. An input is skipped on resume only when its
// marker matches its current bytes and options and every listed output exists. A conversion
// first removes the marker, so stale outputs are never trusted. Thread-compatible.
#pragma once

#include <filesystem>
#include <string>

#include "batch/batch_inputs.h"
#include "batch/batch_result.h"
#include "cli/batch_options.h"
#include "tablift/convert.h"

namespace tablift::batch {

using cli::BatchOptions;
using cli::ConvertOptions;

// What the worker needs besides the input; the same for every input of a batch.
struct WorkerContext {
  const BatchOptions* options = nullptr;
  std::filesystem::path out_root;
  std::string fingerprint;  // OptionsFingerprint(options->convert), batch/options_fingerprint.h
  // The library's converter (its profile and the run's metadata), made once in the parent
  // before any child starts.
  const Converter* converter = nullptr;
  std::vector<std::string> formats;  // ResolveFormats(options->convert.formats)
};

// Converts (or, with --resume and a matching marker, skips) one input. Never throws: failures
// come back as a FileResult with ok == false.
FileResult ConvertInput(const BatchInput& input, const WorkerContext& ctx);

// Called in the worker before each conversion (after the resume check), with the input's path
// and --max-memory-mb; may throw (std::bad_alloc, Error) like a conversion. nullptr (the
// default) calls nothing. Only test programs install one (tests/batch/fault_injection.cc: the
// TABLIFT_TEST_FAULT crash, hang and memory faults); the shipped tablift never does. Set it
// before RunBatch, from a single thread.
using BeforeConvertHook = void (*)(const std::string& input_path, int max_memory_mb);
void SetBeforeConvertHook(BeforeConvertHook hook);

// Where the markers live under OUTDIR, apart from the published files.
inline constexpr const char* kMarkerDir = cli::kStateDir;  // ".tablift"

// The marker path of an input.
std::filesystem::path MarkerPath(const std::filesystem::path& out_root, const BatchInput& in);

// "<rel_dir>/<stem>" (or "<stem>"), the report's "output".
std::string OutputName(const BatchInput& in);

}  // namespace tablift::batch
