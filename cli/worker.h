// The batch worker: converts one input inside a pool child (cli/worker_pool.h) the way `tablift
// convert` does, and keeps the sidecar marker that makes `--resume` safe.
//
// The marker OUTDIR/<rel_dir>/.<stem>.batch-done is written last, atomically (temp + rename),
// after the input's outputs were committed; it holds the source sha256, the options fingerprint,
// the output file names and the result counts. An input is skipped on resume only when its
// marker matches its current bytes and options and every listed output exists. A conversion
// first removes the marker, so stale outputs are never trusted. Thread-compatible.
#pragma once

#include <filesystem>
#include <string>

#include "cli/batch_inputs.h"
#include "cli/batch_options.h"
#include "cli/batch_result.h"
#include "tablift/convert.h"

namespace tablift::cli {

// What the worker needs besides the input; the same for every input of a batch.
struct WorkerContext {
  const BatchOptions* options = nullptr;
  std::filesystem::path out_root;
  std::string fingerprint;  // OptionsFingerprint(options->convert)
  // The library's converter (its profile and the run's metadata), made once in the parent
  // before any child starts.
  const Converter* converter = nullptr;
  std::vector<std::string> formats;  // ResolveFormats(options->convert.formats)
};

// SHA-256 (hex) of everything that changes the output bytes: the tablift version, the convert
// options (the password only through its hash), the typed-export options with the bytes of a
// profile given by path, and SOURCE_DATE_EPOCH. Deterministic.
std::string OptionsFingerprint(const ConvertOptions& options);

// Converts (or, with --resume and a matching marker, skips) one input. Never throws: failures
// come back as a FileResult with ok == false. Honours TABLIFT_TEST_FAULT (test-only, see
// docs/batch.md): "crash", "hang" or "oom", optionally ":SUBSTRING" of the input path.
FileResult ConvertInput(const BatchInput& input, const WorkerContext& ctx);

// The marker path of an input.
std::filesystem::path MarkerPath(const std::filesystem::path& out_root, const BatchInput& in);

// "<rel_dir>/<stem>" (or "<stem>"), the report's "output".
std::string OutputName(const BatchInput& in);

}  // namespace tablift::cli
