// WorkerPool: runs tasks each in its own child process (fork, no exec), at most `jobs` at a
// time, so a task that crashes, hangs or exhausts memory takes down only its child.
//
// Each child: becomes its own process group leader, gets an RLIMIT_AS address-space cap, runs
// the task function, writes the string it returns to a pipe and _exits. The parent waits on
// the pipes with poll(); a child still running after `timeout_seconds` has its whole process
// group killed (SIGKILL). Results are handed to `on_done` in completion order, from the calling
// thread. Fork without exec is sound here because the parent is single-threaded while it runs
// the pool (call Run only from a single-threaded program). Not thread-safe.
#pragma once

#include <functional>
#include <string>

namespace tablift::cli {

struct WorkerLimits {
  int jobs = 1;                // >= 1
  double timeout_seconds = 0;  // <= 0: none
  long max_memory_mb = 0;      // <= 0: none
};

// How one child ended.
struct ChildOutcome {
  std::string output;      // what the task returned (possibly partial if the child died)
  bool timed_out = false;  // killed by the pool after the time limit
  int exit_status = -1;    // exit code when it exited normally, else -1
  int signal = 0;          // the signal that ended it, else 0
  double seconds = 0;      // wall-clock time from fork to reaping
};

using ChildTask = std::function<std::string(size_t index)>;
using DoneCallback = std::function<void(size_t index, const ChildOutcome& outcome)>;
// Called between events (at least every `kTickSeconds`); may print progress.
using TickCallback = std::function<void()>;

inline constexpr double kTickSeconds = 0.25;

// Runs task(0) .. task(count-1). Throws Error(kInternal) when fork or pipe fail.
void RunIsolated(size_t count, const WorkerLimits& limits, const ChildTask& task,
                 const DoneCallback& on_done, const TickCallback& on_tick = {});

// The cores this process may use (sched_getaffinity), at least 1.
int UsableCores();

// False in AddressSanitizer builds: ASan's reserved shadow memory already exceeds any
// RLIMIT_AS, so a cap would make every allocation fail; max_memory_mb is then not applied.
bool MemoryCapSupported();

}  // namespace tablift::cli
