// tablift_test_faults: the tablift program with the test-only TABLIFT_TEST_FAULT hook
// installed in the batch worker (batch/worker.h SetBeforeConvertHook), so that the e2e checks
// prove that a crash, hang or memory exhaustion fails only its file (docs/batch.md). The
// variable is "crash", "hang" or "oom", optionally ":SUBSTRING" of the input path.
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "batch/worker.h"
#include "batch/worker_pool.h"
#include "cli/app.h"

namespace {

// TABLIFT_TEST_FAULT: lets tests prove that a crash, hang or memory exhaustion stays contained.
void InjectFault(const std::string& path, int max_memory_mb) {
  const char* env = std::getenv("TABLIFT_TEST_FAULT");
  if (env == nullptr || *env == '\0') return;
  const std::string spec = env;
  const auto colon = spec.find(':');
  const std::string kind = spec.substr(0, colon);
  if (colon != std::string::npos && path.find(spec.substr(colon + 1)) == std::string::npos) return;
  if (kind == "crash") {
    // Dies of SIGSEGV as a converter bug would, without undefined behaviour (which sanitizer
    // builds would report instead) and past any handler a sanitizer installed.
    std::signal(SIGSEGV, SIG_DFL);
    std::raise(SIGSEGV);
  } else if (kind == "hang") {
    for (;;) pause();
  } else if (kind == "oom") {
    // Never without a cap: the fault must not exhaust the machine.
    if (max_memory_mb <= 0 || !tablift::batch::MemoryCapSupported()) throw std::bad_alloc();
    constexpr long kBlockMb = 64;
    std::vector<std::vector<char>> hog;
    for (long mb = 0; mb <= 2L * max_memory_mb; mb += kBlockMb)
      hog.emplace_back(kBlockMb << 20, 'x');  // touched blocks until the cap says no
    throw std::bad_alloc();  // the cap did not hold; still report the fault as memory
  }
}

}  // namespace

int main(int argc, char** argv) {
  tablift::batch::SetBeforeConvertHook(&InjectFault);
  return tablift::cli::Run(argc, argv);
}
