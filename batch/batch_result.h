// FileResult: what the batch knows about one input after its child finished, and its JSON form,
// used both for the line a child sends its parent and for an entry of batch-report.json
// (docs/batch.md). Thread-compatible values.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tablift::batch {

// Why a file failed, beyond its exit code.
inline constexpr const char* kReasonError = "error";      // the converter refused it (Error)
inline constexpr const char* kReasonCrash = "crash";      // the child died of a signal
inline constexpr const char* kReasonTimeout = "timeout";  // killed at the time limit
inline constexpr const char* kReasonMemory = "memory";    // ran out of its memory cap
inline constexpr const char* kReasonClash = "clash";      // its outputs collide with another's
inline constexpr const char* kReasonUnsupported = "unsupported";  // a format tablift does not read
inline constexpr const char* kReasonEmpty = "empty";              // a file of 0 bytes

struct FileResult {
  std::string input;   // path as found
  std::string output;  // "<rel_dir>/<stem>" under OUTDIR
  bool ok = false;
  int code = 0;        // core/error.h ExitCode value; 0 when ok
  std::string reason;  // "" when ok, else one of kReason*
  std::string message;
  int tables = 0;
  int records = 0;
  int diagnostics = 0;
  int pages = 0;         // PDF page count, 0 for DOCX
  std::string sha256;    // of the source bytes; "" when it could not be read
  double seconds = 0;    // wall-clock time of its child (report only)
  bool resumed = false;  // outputs reused from an earlier run (--resume); not in the report
  // The files written (or reused), for --datapackage; in the report as "written", paths
  // inside OUTDIR.
  std::vector<std::string> files;
};

// The report entry. With `with_timing` false the duration is left out (the sidecar marker and
// the deterministic comparisons use that).
nlohmann::ordered_json ToJson(const FileResult& r, bool with_timing = true);

// Reads an entry back; throws nlohmann::json::exception when a field is missing or mistyped.
FileResult FileResultFromJson(const nlohmann::json& j);

}  // namespace tablift::batch
