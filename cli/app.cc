#include "cli/app.h"

#include <exception>
#include <iostream>
#include <new>

#include "batch/batch.h"
#include "cli/convert.h"
#include "cli/inspect.h"
#include "cli/options.h"
#include "cli/report.h"
#include "core/error.h"
#include "tablift/export.h"

namespace tablift::cli {
namespace {

int Dispatch(int argc, char** argv) {
  const std::vector<std::string> args(argv, argv + argc);
  const CommandLine cl = ParseCommandLine(args, FormatNames(), std::cout, std::cerr);
  switch (cl.command) {
    case Command::kConvert:
      return RunConvert(cl.convert, std::cin, std::cout, std::cerr);
    case Command::kInspect:
      return RunInspect(cl.inspect, std::cout, std::cerr);
    case Command::kBatch:
      return batch::RunBatch(*cl.batch, std::cerr);
    case Command::kNone:
      break;
  }
  return cl.exit_code;
}

}  // namespace

int Run(int argc, char** argv) {
  try {
    return Dispatch(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "tablift: " << kOutOfMemory << '\n';
    return static_cast<int>(ExitCode::kResource);
  } catch (const std::exception& e) {
    std::cerr << "tablift: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "tablift: internal error: unknown exception\n";
  }
  return static_cast<int>(ExitCode::kInternal);
}

}  // namespace tablift::cli
