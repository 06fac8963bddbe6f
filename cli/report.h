// Reporter: prints what went wrong with each input on stderr, one line per problem, and keeps
// the run's exit status (docs/cli.md):
//   tablift: <input>: <message>                      the input failed (no output for it)
//   tablift: <input>: <severity>: <where>: <message>  a diagnostic (kInfo only when verbose)
// The exit status is that of the first failed input, 0 when none failed. Not thread-safe.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include "core/diagnostic.h"
#include "core/error.h"

namespace tablift::cli {

class Reporter {
 public:
  Reporter(std::ostream& err, bool verbose) : err_(err), verbose_(verbose) {}

  // Runs `work` for one input. A tablift::Error becomes a failure with its exit code; any other
  // std::exception a failure with kInternal. Returns true when `work` succeeded.
  bool Run(const std::string& input, const std::function<void()>& work);

  void Fail(const std::string& input, ExitCode code, const std::string& message);
  void Print(const std::string& input, const Diagnostics& diagnostics);

  int exit_code() const { return static_cast<int>(first_failure_); }

 private:
  std::ostream& err_;
  bool verbose_;
  ExitCode first_failure_ = ExitCode::kOk;
};

// The message of an input that ran out of memory (std::bad_alloc; exit code 10, kResource).
inline constexpr const char* kOutOfMemory =
    "out of memory: the input needs more memory than is available (docs/limits.md)";

// Replaces line breaks so that a message stays on one line.
std::string OneLine(std::string text);

}  // namespace tablift::cli
