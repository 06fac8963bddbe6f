// The tablift command line: parses argv, runs `convert` or `inspect`, prints one line per
// failed input on stderr, and returns the documented exit code (docs/cli.md).
#pragma once

namespace tablift::cli {

int Run(int argc, char** argv);

}  // namespace tablift::cli
