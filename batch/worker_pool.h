// WorkerPool: runs tasks in child processes (fork, no exec), at most `jobs` at a time, so a task
// that crashes, hangs or exhausts memory takes down only its child and fails alone.
//
// A child (a worker) runs up to `tasks_per_worker` tasks one after another, then exits and is
// replaced; 1 gives every task a fresh process. Reuse saves the fork, the page-table copy, the
// re-faulting of library code and the zeroing of fresh heap pages that each new process pays
// for (about a fifth of converting the DOCX sample, bench/batch.sh). A worker is also replaced
// after any task that asks for it (TaskOutput::retire, e.g. a file that ran out of memory) and
// after any crash or kill.
//
// Each worker: becomes its own process group leader, gets an RLIMIT_AS address-space cap (memory
// is freed between tasks, so the cap bounds each task), reads task indexes from one pipe, and
// writes each task's output as a length-prefixed frame to another. The parent waits on the
// result pipes with poll(); a task still running after `timeout_seconds` (counted from its
// dispatch) has its worker's whole process group killed (SIGKILL). Results are handed to
// `on_done` in completion order, from the calling thread. Fork without exec is sound here because
// the parent is single-threaded while it runs the pool (call it only from a single-threaded
// program). Not thread-safe.
#pragma once

#include <functional>
#include <string>
#include <utility>

namespace tablift::batch {

struct WorkerLimits {
  int jobs = 1;                // >= 1
  double timeout_seconds = 0;  // <= 0: none
  long max_memory_mb = 0;      // <= 0: none
  int tasks_per_worker = 1;    // tasks one child runs before it is replaced; <= 0: no limit
};

// What a task returns: its output, and whether its worker must be replaced before the next task
// (the task failed, or may have left state behind).
struct TaskOutput {
  TaskOutput() = default;
  TaskOutput(std::string text, bool retire_worker = false)  // NOLINT: a string is an output
      : output(std::move(text)), retire(retire_worker) {}
  TaskOutput(const char* text) : output(text) {}  // NOLINT: as above
  std::string output;
  bool retire = false;
};

// How one task ended.
struct ChildOutcome {
  std::string output;      // what the task returned ("" if its worker died first)
  bool timed_out = false;  // killed by the pool after the time limit
  int exit_status = -1;    // 0 when the task returned; the worker's exit code when it exited
                           // without a result; else -1
  int signal = 0;          // the signal that ended the worker during the task, else 0
  double seconds = 0;      // wall-clock time from dispatch to result (or death)
  long worker = 0;         // the worker's process id (tests check reuse with it)
};

using ChildTask = std::function<TaskOutput(size_t index)>;
using DoneCallback = std::function<void(size_t index, const ChildOutcome& outcome)>;
// Called between events (at least every `kTickSeconds`); may print progress.
using TickCallback = std::function<void()>;

inline constexpr double kTickSeconds = 0.25;

// Runs task(0) .. task(count-1), each exactly once. Throws Error(kInternal) when fork or pipe
// fail.
void RunIsolated(size_t count, const WorkerLimits& limits, const ChildTask& task,
                 const DoneCallback& on_done, const TickCallback& on_tick = {});

// The cores this process may use (sched_getaffinity), at least 1.
int UsableCores();

// False in AddressSanitizer builds: ASan's reserved shadow memory already exceeds any
// RLIMIT_AS, so a cap would make every allocation fail; max_memory_mb is then not applied.
bool MemoryCapSupported();

}  // namespace tablift::batch
