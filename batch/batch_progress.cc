#include "batch/batch_progress.h"

#include <unistd.h>

#include <cstdio>
#include <ostream>

#include "cli/report.h"

namespace tablift::batch {

using cli::OneLine;
namespace {

// A live line redrawn more often than this only flickers.
constexpr double kRefreshSeconds = 0.2;
// Before this much time a rate (and so an ETA) is noise.
constexpr double kMinRateSeconds = 0.5;

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

}  // namespace

std::string FailureText(const FileResult& r) { return r.reason + ": " + OneLine(r.message); }

BatchProgress::BatchProgress(std::ostream& err, Mode mode, size_t total)
    : err_(err), mode_(mode), total_(total), start_(std::chrono::steady_clock::now()) {}

BatchProgress::Mode BatchProgress::ModeFor(bool quiet) {
  if (quiet) return Mode::kQuiet;
  return isatty(STDERR_FILENO) ? Mode::kLive : Mode::kLines;
}

void BatchProgress::Done(const FileResult& r) {
  ++done_;
  if (!r.ok) ++failed_;
  if (mode_ == Mode::kLines) {
    err_ << "tablift batch: [" << done_ << '/' << total_ << "] "
         << (r.ok ? (r.resumed ? "resumed " : "converted ") : "failed ") << OneLine(r.input);
    if (!r.ok) err_ << ": " << FailureText(r);
    err_ << '\n' << std::flush;
  } else if (mode_ == Mode::kLive) {
    Tick();
  }
}

void BatchProgress::Tick() {
  if (mode_ != Mode::kLive) return;
  const auto now = std::chrono::steady_clock::now();
  if (Seconds(now - last_draw_) < kRefreshSeconds) return;
  last_draw_ = now;
  DrawLive();
}

void BatchProgress::DrawLive() {
  const double elapsed = Seconds(std::chrono::steady_clock::now() - start_);
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  char line[160];
  if (rate > 0 && elapsed >= kMinRateSeconds) {
    std::snprintf(line, sizeof line, "%zu/%zu done, %zu failed, %.1f files/s, ETA %.0f s", done_,
                  total_, failed_, rate, static_cast<double>(total_ - done_) / rate);
  } else {
    std::snprintf(line, sizeof line, "%zu/%zu done, %zu failed", done_, total_, failed_);
  }
  err_ << "\r\033[Ktablift batch: " << line << std::flush;
}

void BatchProgress::Finish() {
  if (mode_ != Mode::kLive) return;
  DrawLive();
  err_ << '\n' << std::flush;
}

}  // namespace tablift::batch
