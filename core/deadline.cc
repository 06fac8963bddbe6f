#include "core/deadline.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/error.h"

namespace tablift {
namespace {

// Longer budgets are treated as this one, so that converting to clock ticks cannot overflow.
constexpr double kLongestSeconds = 1e7;  // about 115 days

}  // namespace

Deadline::Deadline(double seconds) : seconds_(seconds) {
  if (seconds > 0) {
    end_ = std::chrono::steady_clock::now() +
           std::chrono::duration_cast<std::chrono::steady_clock::duration>(
               std::chrono::duration<double>(std::min(seconds, kLongestSeconds)));
  }
}

bool Deadline::Passed() const { return end_ && std::chrono::steady_clock::now() >= *end_; }

double Deadline::SecondsLeft() const {
  if (!end_) return kLongestSeconds;
  const std::chrono::duration<double> left = *end_ - std::chrono::steady_clock::now();
  return std::max(left.count(), 0.0);
}

void Deadline::Check() const {
  if (Passed()) {
    throw Error(ExitCode::kBadInput,
                fmt::format("extraction took longer than the limit of {} s", seconds_));
  }
}

}  // namespace tablift
