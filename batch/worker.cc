#include "batch/worker.h"

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <new>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "batch/worker_pool.h"
#include "cli/file_sink.h"
#include "cli/library_options.h"
#include "cli/table_selection.h"
#include "core/error.h"
#include "core/source.h"
#include "core/version.h"
#include "tablift/export.h"

namespace tablift::batch {

using cli::EnsureOutputDir;
using cli::ExportOptionsOf;
using cli::FileSink;
namespace fs = std::filesystem;
namespace {

BeforeConvertHook before_convert_hook = nullptr;

nlohmann::ordered_json ReadMarker(const fs::path& path) {
  std::ifstream in(path);
  if (!in) return {};
  try {
    return nlohmann::ordered_json::parse(in);
  } catch (const nlohmann::json::exception&) {
    return {};  // a damaged marker only means the input is converted again
  }
}

// A marker's list of the files its run wrote (names in the input's output folder); nullopt
// when it has none or an entry is not a string (a damaged marker).
std::optional<std::vector<std::string>> MarkerFiles(const nlohmann::ordered_json& m) {
  if (!m.is_object() || !m.contains("files") || !m["files"].is_array()) return std::nullopt;
  std::vector<std::string> names;
  for (const auto& f : m["files"]) {
    if (!f.is_string()) return std::nullopt;
    names.push_back(f.get<std::string>());
  }
  return names;
}

bool MarkerMatches(const nlohmann::ordered_json& m, const std::string& sha,
                   const WorkerContext& ctx, const fs::path& dir) {
  if (!m.is_object() || m.value("sha256", "") != sha || m.value("options", "") != ctx.fingerprint)
    return false;
  const auto files = MarkerFiles(m);
  if (!files) return false;
  for (const std::string& f : *files) {
    std::error_code ec;
    if (!fs::is_regular_file(dir / f, ec)) return false;
  }
  return true;
}

// Through cli::ReplaceFile: a hidden temporary (".<name>.tmp-<pid>-<n>") renamed into place,
// which RemoveStaleTemps finds when a kill interrupted the write.
void WriteMarker(const fs::path& path, const std::string& text) {
  EnsureOutputDir(path.parent_path());
  cli::ReplaceFile(path, text);
}

// The files an earlier run's marker lists (plain names in the input's output folder).
std::vector<std::string> WrittenBefore(const fs::path& marker_path) {
  return MarkerFiles(ReadMarker(marker_path)).value_or(std::vector<std::string>{});
}

// Before converting: the marker no longer vouches for a result (a failed run must not be
// resumed) but keeps the list of files, so a later successful run still removes the stale ones.
void ForgetResult(const fs::path& marker_path, const std::vector<std::string>& previous) {
  std::error_code ec;
  if (previous.empty()) {
    fs::remove(marker_path, ec);
    return;
  }
  WriteMarker(marker_path, nlohmann::ordered_json{{"files", previous}}.dump(2) + "\n");
}

int CountDiagnostics(const ExportDocument& doc) {
  size_t n = doc.diagnostics.size();
  for (const RecordTable& t : doc.tables) n += t.diagnostics.size();
  return static_cast<int>(n);
}

// The conversion proper; throws like `convert` does. `previous`: the files the input's last
// run wrote (its marker's list), removed when this run does not write them again.
void Convert(const BatchInput& input, const WorkerContext& ctx,
             const std::vector<std::string>& previous, FileResult& r) {
  const ConvertOptions& options = ctx.options->convert;
  const fs::path dir = OutputDirOf(ctx.out_root, input);
  ExportDocument out = ctx.converter->Convert(input.path);
  cli::SelectTables(out, options.tables);
  r.sha256 = out.source.sha256;
  r.pages = out.source.pages;
  r.tables = static_cast<int>(out.tables.size());
  for (const RecordTable& t : out.tables) r.records += static_cast<int>(t.records.size());
  r.diagnostics = CountDiagnostics(out);
  EnsureOutputDir(dir);
  FileSink sink(dir, input.stem);
  WriteExports(out, ctx.formats, ExportOptionsOf(options), sink);
  nlohmann::ordered_json marker{{"sha256", r.sha256}, {"options", ctx.fingerprint}};
  marker["files"] = nlohmann::ordered_json::array();
  const std::vector<fs::path> written = sink.Commit();
  for (const fs::path& p : written) {
    marker["files"].push_back(p.filename().string());
    r.files.push_back(p.string());
  }
  cli::RemoveStale(dir, previous, written);
  r.ok = true;
  marker["result"] = ToJson(r, false);
  WriteMarker(MarkerPath(ctx.out_root, input), marker.dump(2) + "\n");
}

// Best effort: the sha256 of an input that failed before the extractor described it.
std::string HashOf(const std::string& path) {
  try {
    return Sha256Hex(ReadSource(path).bytes);
  } catch (const std::exception&) {
    return "";
  }
}

bool TryResume(const BatchInput& input, const WorkerContext& ctx, FileResult& r) {
  const fs::path marker_path = MarkerPath(ctx.out_root, input);
  std::error_code ec;
  if (!fs::exists(marker_path, ec)) return false;
  const nlohmann::ordered_json m = ReadMarker(marker_path);
  const std::string sha = HashOf(input.path);
  if (!MarkerMatches(m, sha, ctx, OutputDirOf(ctx.out_root, input))) return false;
  try {
    r = FileResultFromJson(m.at("result"));
  } catch (const nlohmann::json::exception&) {
    return false;
  }
  r.resumed = true;
  r.files.clear();  // the full paths, from the marker's list
  const std::vector<std::string> files = MarkerFiles(m).value();  // MarkerMatches checked it
  for (const std::string& f : files)
    r.files.push_back((OutputDirOf(ctx.out_root, input) / f).string());
  return true;
}

void Fail(FileResult& r, ExitCode code, const char* reason, const std::string& message) {
  r.ok = false;
  r.code = static_cast<int>(code == ExitCode::kOk ? ExitCode::kInternal : code);
  r.reason = reason;
  r.message = message;
  r.tables = r.records = r.diagnostics = 0;
}

}  // namespace

void SetBeforeConvertHook(BeforeConvertHook hook) { before_convert_hook = hook; }

fs::path MarkerPath(const fs::path& out_root, const BatchInput& in) {
  return OutputDirOf(out_root / kMarkerDir, in) / (in.stem + ".batch-done");
}

std::string OutputName(const BatchInput& in) {
  return in.rel_dir.empty() ? in.stem : in.rel_dir + "/" + in.stem;
}

FileResult ConvertInput(const BatchInput& input, const WorkerContext& ctx) {
  FileResult r;
  r.input = input.path;
  r.output = OutputName(input);
  try {
    if (ctx.options->resume && TryResume(input, ctx, r)) return r;
    const std::vector<std::string> previous = WrittenBefore(MarkerPath(ctx.out_root, input));
    ForgetResult(MarkerPath(ctx.out_root, input), previous);
    if (before_convert_hook != nullptr) before_convert_hook(input.path, ctx.options->max_memory_mb);
    Convert(input, ctx, previous, r);
  } catch (const UnsupportedInputError& e) {
    Fail(r, e.code(), kReasonUnsupported, e.what());
  } catch (const Error& e) {
    Fail(r, e.code(), kReasonError, e.what());
  } catch (const std::bad_alloc&) {
    Fail(r, ExitCode::kResource, kReasonMemory,
         "out of memory (over --max-memory-mb " + std::to_string(ctx.options->max_memory_mb) + ")");
  } catch (const std::exception& e) {
    Fail(r, ExitCode::kInternal, kReasonError, std::string("internal error: ") + e.what());
  }
  if (!r.ok && r.sha256.empty()) r.sha256 = HashOf(input.path);
  return r;
}

}  // namespace tablift::batch
