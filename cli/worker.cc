#include "cli/worker.h"

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <thread>
#include <vector>

#include "cli/convert.h"
#include "cli/file_sink.h"
#include "cli/load.h"
#include "cli/worker_pool.h"
#include "core/error.h"
#include "core/source.h"
#include "core/version.h"
#include "normalizer/normalizer.h"

namespace tablift::cli {
namespace fs = std::filesystem;
namespace {

// TABLIFT_TEST_FAULT: lets tests prove that a crash, hang or memory exhaustion stays contained.
void InjectFault(const std::string& path, int max_memory_mb) {
  const char* env = std::getenv("TABLIFT_TEST_FAULT");
  if (env == nullptr || *env == '\0') return;
  const std::string spec = env;
  const auto colon = spec.find(':');
  const std::string kind = spec.substr(0, colon);
  if (colon != std::string::npos && path.find(spec.substr(colon + 1)) == std::string::npos) return;
  if (kind == "crash") {
    // Dies of SIGSEGV as a converter bug would, without undefined behaviour (which sanitizer
    // builds would report instead) and past any handler a sanitizer installed.
    std::signal(SIGSEGV, SIG_DFL);
    std::raise(SIGSEGV);
  } else if (kind == "hang") {
    for (;;) pause();
  } else if (kind == "oom") {
    // Never without a cap: the fault must not exhaust the machine.
    if (max_memory_mb <= 0 || !MemoryCapSupported()) throw std::bad_alloc();
    constexpr long kBlockMb = 64;
    std::vector<std::vector<char>> hog;
    for (long mb = 0; mb <= 2L * max_memory_mb; mb += kBlockMb)
      hog.emplace_back(kBlockMb << 20, 'x');  // touched blocks until the cap says no
    throw std::bad_alloc();  // the cap did not hold; still report the fault as memory
  }
}

nlohmann::ordered_json ReadMarker(const fs::path& path) {
  std::ifstream in(path);
  if (!in) return {};
  try {
    return nlohmann::ordered_json::parse(in);
  } catch (const nlohmann::json::exception&) {
    return {};  // a damaged marker only means the input is converted again
  }
}

bool MarkerMatches(const nlohmann::ordered_json& m, const std::string& sha,
                   const WorkerContext& ctx, const fs::path& dir) {
  if (!m.is_object() || m.value("sha256", "") != sha || m.value("options", "") != ctx.fingerprint)
    return false;
  if (!m.contains("files") || !m["files"].is_array()) return false;
  for (const auto& f : m["files"]) {
    std::error_code ec;
    if (!f.is_string() || !fs::is_regular_file(dir / f.get<std::string>(), ec)) return false;
  }
  return true;
}

void WriteMarker(const fs::path& path, const std::string& text) {
  const fs::path temp =
      path.parent_path() / (path.filename().string() + ".tmp-" + std::to_string(getpid()) + "-0");
  {
    std::ofstream out(temp, std::ios::binary);
    out << text;
    if (!out.flush()) throw Error(ExitCode::kOutput, "cannot write " + temp.string());
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) throw Error(ExitCode::kOutput, "cannot write " + path.string() + ": " + ec.message());
}

int CountDiagnostics(const ExportDocument& doc) {
  size_t n = doc.diagnostics.size();
  for (const RecordTable& t : doc.tables) n += t.diagnostics.size();
  return static_cast<int>(n);
}

// The conversion proper; throws like `convert` does.
void Convert(const BatchInput& input, const WorkerContext& ctx, FileResult& r) {
  const ConvertOptions& options = ctx.options->convert;
  const fs::path dir = OutputDirOf(ctx.out_root, input);
  const Document doc = LoadDocument(input.path, options.in.extract);
  r.sha256 = doc.source.sha256;
  r.pages = doc.source.pages;
  ExportDocument out = NormalizeDocument(doc, options.grid);
  if (ctx.profile != nullptr && ctx.profile->enabled())
    ApplyProfiles(out, *ctx.profile, ctx.metadata);
  r.tables = static_cast<int>(out.tables.size());
  for (const RecordTable& t : out.tables) r.records += static_cast<int>(t.records.size());
  r.diagnostics = CountDiagnostics(out);
  EnsureOutputDir(dir);
  FileSink sink(dir, input.stem);
  const ExportOptions export_options{options.grid, options.provenance, options.typed.excel,
                                     options.typed.datapackage};
  for (const Exporter* e : SelectExporters(options.formats)) e->Write(out, export_options, sink);
  nlohmann::ordered_json marker{{"sha256", r.sha256}, {"options", ctx.fingerprint}};
  marker["files"] = nlohmann::ordered_json::array();
  for (const fs::path& p : sink.Commit()) {
    marker["files"].push_back(p.filename().string());
    r.files.push_back(p.string());
  }
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
  for (const auto& f : m["files"])
    r.files.push_back((OutputDirOf(ctx.out_root, input) / f.get<std::string>()).string());
  return true;
}

void Fail(FileResult& r, ExitCode code, const char* reason, const std::string& message) {
  r.ok = false;
  r.code = static_cast<int>(code == ExitCode::kOk ? ExitCode::kInternal : code);
  r.reason = reason;
  r.message = message;
  r.tables = r.records = r.diagnostics = 0;
}

// A profile given by path changes the output when its file changes; a shipped one only with
// the version.
std::string ProfileFileHash(const std::string& profile) {
  std::error_code ec;
  if (profile.empty() || !fs::is_regular_file(profile, ec)) return "";
  return HashOf(profile);
}

}  // namespace

std::string OptionsFingerprint(const ConvertOptions& o) {
  nlohmann::ordered_json j;
  j["version"] = Version();
  j["formats"] = nlohmann::ordered_json::array();
  for (const Exporter* e : SelectExporters(o.formats))
    j["formats"].push_back(std::string(e->Name()));
  j["grid"] = o.grid;
  j["provenance"] = o.provenance;
  j["password_sha256"] = o.in.extract.password.empty() ? "" : Sha256Hex(o.in.extract.password);
  j["pages"] = o.in.extract.pages;
  j["structure_tree"] = o.in.extract.use_structure_tree;
  j["method"] = o.in.extract.table_method;
  // Limits that truncate tables change the outputs (the others only decide failure).
  const Limits& l = o.in.extract.limits;
  j["limits"] = {l.max_grid_rows, l.max_grid_cols, l.max_cells_per_table, l.max_cell_text_bytes,
                 l.max_nesting_depth};
  j["profile"] = o.typed.profile;
  j["profile_sha256"] = ProfileFileHash(o.typed.profile);
  j["meta"] = o.typed.meta;
  j["excel"] = o.typed.excel;
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  j["source_date_epoch"] = epoch == nullptr ? "" : epoch;
  return Sha256Hex(j.dump());
}

fs::path MarkerPath(const fs::path& out_root, const BatchInput& in) {
  return OutputDirOf(out_root, in) / ("." + in.stem + ".batch-done");
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
    std::error_code ec;
    fs::remove(MarkerPath(ctx.out_root, input), ec);
    InjectFault(input.path, ctx.options->max_memory_mb);
    Convert(input, ctx, r);
  } catch (const Error& e) {
    Fail(r, e.code(), kReasonError, e.what());
  } catch (const std::bad_alloc&) {
    Fail(r, ExitCode::kBadInput, kReasonMemory,
         "out of memory (over --max-memory-mb " + std::to_string(ctx.options->max_memory_mb) + ")");
  } catch (const std::exception& e) {
    Fail(r, ExitCode::kInternal, kReasonError, std::string("internal error: ") + e.what());
  }
  if (!r.ok && r.sha256.empty()) r.sha256 = HashOf(input.path);
  return r;
}

}  // namespace tablift::cli
