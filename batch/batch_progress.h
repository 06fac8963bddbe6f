// BatchProgress: what a batch prints on stderr while it runs.
//   terminal (live):   one line rewritten in place: "tablift batch: 120/200 done, 3 failed,
//                      14.2 files/s, ETA 6 s"
//   otherwise:         one line per finished file: "tablift batch: [120/200] converted PATH"
//                      or "... failed PATH: <reason>: <message>"
//   quiet:             nothing.
// Not thread-safe (the pool calls it from one thread).
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

#include "batch/batch_result.h"

namespace tablift::batch {

class BatchProgress {
 public:
  enum class Mode { kQuiet, kLines, kLive };
  BatchProgress(std::ostream& err, Mode mode, size_t total);

  void Done(const FileResult& r);  // one more file finished
  void Tick();                     // refreshes the live line at most every kRefreshSeconds
  void Finish();                   // ends the live line

  // The mode for this process: kQuiet when quiet, kLive when stderr is a terminal.
  static Mode ModeFor(bool quiet);

 private:
  void DrawLive();

  std::ostream& err_;
  Mode mode_;
  size_t total_;
  size_t done_ = 0;
  size_t failed_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// "reason: message" for a failed result, as progress lines and the summary print it.
std::string FailureText(const FileResult& r);

}  // namespace tablift::batch
