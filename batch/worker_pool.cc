#include "batch/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <vector>

#include "core/error.h"

namespace tablift::batch {
namespace {

using Clock = std::chrono::steady_clock;

// Parent -> worker: one uint64_t per task, the task index, or kStop. Worker -> parent: one
// frame per task: the output's length (uint64_t), a retire byte, the output.
constexpr uint64_t kStop = UINT64_MAX;
constexpr size_t kHeaderSize = sizeof(uint64_t) + 1;

struct Worker {
  pid_t pid = -1;
  int task_fd = -1;    // the parent's write end
  int result_fd = -1;  // the parent's read end (non-blocking)
  int tasks = 0;       // tasks dispatched to this worker so far
  bool busy = false;
  size_t index = 0;  // the task it runs, when busy
  Clock::time_point start;
  std::string frame;  // what it has sent of the current task's frame
};

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

bool WriteAll(int fd, const void* data, size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// False at end of file or on an error.
bool ReadExact(int fd, void* data, size_t size) {
  char* p = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t n = read(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

[[noreturn]] void WorkerMain(int task_fd, int result_fd, const WorkerLimits& limits,
                             const ChildTask& task, pid_t parent, void (*sigpipe)(int)) {
  setpgid(0, 0);
  // A killed batch must not leave orphans converting (or hanging) on their own.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(static_cast<int>(ExitCode::kInternal));
  signal(SIGPIPE, sigpipe);  // as the program had it; the pool ignores it in the parent only
  if (limits.max_memory_mb > 0 && MemoryCapSupported()) {
    const rlim_t bytes = static_cast<rlim_t>(limits.max_memory_mb) * 1024 * 1024;
    const rlimit lim{bytes, bytes};
    setrlimit(RLIMIT_AS, &lim);
  }
  for (int done = 0; limits.tasks_per_worker <= 0 || done < limits.tasks_per_worker; ++done) {
    uint64_t index = 0;
    if (!ReadExact(task_fd, &index, sizeof index) || index == kStop) break;
    bool retire = false;
    try {
      TaskOutput out = task(static_cast<size_t>(index));
      retire = out.retire;
      std::string frame(kHeaderSize, '\0');
      const uint64_t size = out.output.size();
      std::memcpy(frame.data(), &size, sizeof size);
      frame[sizeof size] = retire ? 1 : 0;
      frame += out.output;
      if (!WriteAll(result_fd, frame.data(), frame.size()))
        _exit(static_cast<int>(ExitCode::kInternal));
    } catch (...) {
      _exit(static_cast<int>(ExitCode::kInternal));  // the task should catch; never fall out
    }
    if (retire) break;
  }
  _exit(0);
}

class Pool {
 public:
  Pool(const WorkerLimits& limits, const ChildTask& task)
      : limits_(limits), task_(task), workers_(static_cast<size_t>(std::max(1, limits.jobs))) {
    // A write to a worker that just died must fail with EPIPE, not kill the batch.
    old_sigpipe_ = signal(SIGPIPE, SIG_IGN);
  }
  ~Pool() {
    for (Worker& w : workers_) {
      if (w.pid > 0) Reap(w, true);  // only after an exception: RunIsolated retires them all
    }
    signal(SIGPIPE, old_sigpipe_);
  }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  std::vector<Worker>& workers() { return workers_; }

  // Sends task `index` to an idle worker, starting one when the slot is empty.
  void Dispatch(Worker& w, size_t index) {
    if (w.pid < 0) Spawn(w);
    if (Send(w, index)) return;
    Reap(w, true);  // it died between tasks (killed from outside); a fresh one takes the task
    Spawn(w);
    if (!Send(w, index)) throw Error(ExitCode::kInternal, "a new batch worker died at once");
  }

  // Asks an idle worker to exit and reaps it.
  void Retire(Worker& w) {
    const uint64_t stop = kStop;
    WriteAll(w.task_fd, &stop, sizeof stop);  // fails harmlessly when it already exited
    Reap(w, false);
  }

  // Ends a worker (killing it first when `kill_first`); returns its wait status.
  int Reap(Worker& w, bool kill_first) {
    if (kill_first) kill(-w.pid, SIGKILL);
    close(w.task_fd);
    close(w.result_fd);
    int status = 0;
    while (waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
    }
    kill(-w.pid, SIGKILL);  // grandchildren a task may have left behind
    w = Worker{};
    return status;
  }

 private:
  void Spawn(Worker& w) {
    int tasks[2], results[2];
    if (pipe2(tasks, O_CLOEXEC) != 0)
      throw Error(ExitCode::kInternal, std::string("pipe: ") + std::strerror(errno));
    if (pipe2(results, O_CLOEXEC) != 0) {
      close(tasks[0]);
      close(tasks[1]);
      throw Error(ExitCode::kInternal, std::string("pipe: ") + std::strerror(errno));
    }
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
      for (int fd : {tasks[0], tasks[1], results[0], results[1]}) close(fd);
      throw Error(ExitCode::kInternal, std::string("fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
      close(tasks[1]);
      close(results[0]);
      for (const Worker& other : workers_) {  // their pipes are the parent's business
        if (other.pid > 0) {
          close(other.task_fd);
          close(other.result_fd);
        }
      }
      WorkerMain(tasks[0], results[1], limits_, task_, parent, old_sigpipe_);
    }
    setpgid(pid, pid);  // also from the parent: no race with an early kill
    close(tasks[0]);
    close(results[1]);
    fcntl(results[0], F_SETFL, O_NONBLOCK);
    w = Worker{};
    w.pid = pid;
    w.task_fd = tasks[1];
    w.result_fd = results[0];
  }

  bool Send(Worker& w, size_t index) {
    const uint64_t value = index;
    w.busy = true;
    w.index = index;
    w.start = Clock::now();
    w.frame.clear();
    ++w.tasks;
    return WriteAll(w.task_fd, &value, sizeof value);
  }

  WorkerLimits limits_;
  const ChildTask& task_;
  std::vector<Worker> workers_;
  void (*old_sigpipe_)(int) = SIG_DFL;
};

// Reads what is available; returns true at end of file (or on an error, which ends it too).
bool Drain(Worker& w) {
  char buf[65536];
  for (;;) {
    const ssize_t n = read(w.result_fd, buf, sizeof buf);
    if (n > 0) {
      w.frame.append(buf, static_cast<size_t>(n));
    } else if (n == 0) {
      return true;
    } else if (errno == EINTR) {
      continue;
    } else {
      return errno != EAGAIN;
    }
  }
}

// The task's output and retire byte once its whole frame arrived.
bool FrameComplete(const std::string& frame, std::string& output, bool& retire) {
  if (frame.size() < kHeaderSize) return false;
  uint64_t size = 0;
  std::memcpy(&size, frame.data(), sizeof size);
  if (frame.size() - kHeaderSize < size) return false;
  output = frame.substr(kHeaderSize, size);
  retire = frame[sizeof size] != 0;
  return true;
}

int PollTimeoutMs(const std::vector<Worker>& workers, const WorkerLimits& limits) {
  double wait = kTickSeconds;
  for (const Worker& w : workers) {
    if (w.busy && limits.timeout_seconds > 0)
      wait = std::min(wait, limits.timeout_seconds - Since(w.start));
  }
  return std::max(0, static_cast<int>(wait * 1000) + 1);
}

// Waits for events; hands finished and expired tasks to on_done. Returns how many ended.
size_t Step(Pool& pool, const WorkerLimits& limits, const DoneCallback& on_done) {
  std::vector<Worker>& workers = pool.workers();
  std::vector<pollfd> fds;
  std::vector<size_t> slot;
  for (size_t i = 0; i < workers.size(); ++i) {
    if (!workers[i].busy) continue;
    fds.push_back({workers[i].result_fd, POLLIN, 0});
    slot.push_back(i);
  }
  const int n = poll(fds.data(), fds.size(), PollTimeoutMs(workers, limits));
  if (n < 0 && errno != EINTR)
    throw Error(ExitCode::kInternal, std::string("poll: ") + std::strerror(errno));
  size_t ended = 0;
  for (size_t k = 0; k < fds.size(); ++k) {
    Worker& w = workers[slot[k]];
    const bool eof = n > 0 && fds[k].revents != 0 && Drain(w);
    ChildOutcome out;
    out.worker = w.pid;
    out.seconds = Since(w.start);
    const size_t index = w.index;
    bool retire = false;
    if (FrameComplete(w.frame, out.output, retire)) {
      out.exit_status = 0;
      w.busy = false;
      if (eof || retire || (limits.tasks_per_worker > 0 && w.tasks >= limits.tasks_per_worker))
        pool.Retire(w);
    } else if (eof) {
      const int status = pool.Reap(w, false);
      if (WIFEXITED(status)) out.exit_status = WEXITSTATUS(status);
      if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
    } else if (limits.timeout_seconds > 0 && out.seconds >= limits.timeout_seconds) {
      pool.Reap(w, true);
      out.timed_out = true;
    } else {
      continue;
    }
    ++ended;
    on_done(index, out);
  }
  return ended;
}

}  // namespace

void RunIsolated(size_t count, const WorkerLimits& limits, const ChildTask& task,
                 const DoneCallback& on_done, const TickCallback& on_tick) {
  Pool pool(limits, task);
  size_t next = 0, ended = 0;
  while (ended < count) {
    for (Worker& w : pool.workers()) {
      if (next < count && !w.busy) pool.Dispatch(w, next++);
    }
    if (next >= count) {  // nothing left to hand out: idle workers may go
      for (Worker& w : pool.workers()) {
        if (w.pid > 0 && !w.busy) pool.Retire(w);
      }
    }
    ended += Step(pool, limits, on_done);
    if (on_tick) on_tick();
  }
  for (Worker& w : pool.workers()) {
    if (w.pid > 0) pool.Retire(w);
  }
}

bool MemoryCapSupported() {
#if defined(__SANITIZE_ADDRESS__)
  return false;
#else
  return true;
#endif
}

int UsableCores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return static_cast<int>(std::max(1L, sysconf(_SC_NPROCESSORS_ONLN)));
}

}  // namespace tablift::batch
