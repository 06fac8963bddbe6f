// OutputBudget: how much text one input's results may still hold (Limits::max_output_bytes).
// Charged while cell texts and records are built, never after, so an input whose merged cells
// or numbering repeat text stops at the limit instead of filling memory. A limit of 0 never
// passes. Not thread-safe: one budget per document and stage.
#pragma once

#include <cstdint>

namespace tablift {

class OutputBudget {
 public:
  explicit OutputBudget(std::uint64_t max_bytes) : max_bytes_(max_bytes) {}

  // Counts `bytes` more; throws Error(kResource, "... over the output limit of N MiB
  // (--max-output-mb)") when the total passes the limit.
  void Charge(std::uint64_t bytes);
  std::uint64_t used() const { return used_; }

 private:
  std::uint64_t max_bytes_;
  std::uint64_t used_ = 0;
};

}  // namespace tablift
