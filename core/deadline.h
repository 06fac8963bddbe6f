// Deadline: the wall-clock budget of one document's extraction (Limits::max_seconds).
//
// An extractor makes one Deadline when it starts and calls Check() between units of work (DOCX:
// each block of the document; PDF: each page, and Poppler's abort callback inside a page), so a
// hostile document stops with Error(kBadInput) instead of running for hours. A budget of zero or
// less never passes. Immutable after construction; thread-safe.
#pragma once

#include <chrono>
#include <optional>

namespace tablift {

class Deadline {
 public:
  explicit Deadline(double seconds);

  // True once the budget is spent.
  bool Passed() const;
  // Seconds until the budget is spent (0 once passed; a huge value when there is no limit).
  double SecondsLeft() const;
  // Throws Error(kBadInput, "extraction took longer than the limit of N s") once Passed().
  void Check() const;

 private:
  double seconds_;
  std::optional<std::chrono::steady_clock::time_point> end_;
};

}  // namespace tablift
