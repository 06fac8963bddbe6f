#include "core/budget.h"

#include <fmt/core.h>

#include "core/error.h"

namespace tablift {

void OutputBudget::Charge(std::uint64_t bytes) {
  used_ += bytes;
  if (max_bytes_ == 0 || used_ <= max_bytes_) return;
  constexpr double kMiB = 1 << 20;
  throw Error(ExitCode::kResource,
              fmt::format("the extracted text passes the output limit of {:g} MiB "
                          "(--max-output-mb); merged cells count once per record they fill",
                          static_cast<double>(max_bytes_) / kMiB));
}

}  // namespace tablift
