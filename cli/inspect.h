// `tablift inspect`: prints, for each input, the block described in cli/inspect_text.h.
#pragma once

#include <iosfwd>

#include "cli/options.h"

namespace tablift::cli {

// Blocks go to `out` (separated by a blank line, each printed only when its input succeeded);
// failures and diagnostics to `err`. Returns 0 or the first failed input's exit code.
int RunInspect(const InputOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tablift::cli
