#include "cli/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <vector>

#include "core/error.h"

namespace tablift::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct Running {
  size_t index = 0;
  pid_t pid = -1;
  int fd = -1;
  Clock::time_point start;
  std::string output;
};

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

void WriteAll(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    const ssize_t n = write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

[[noreturn]] void ChildMain(int fd, size_t index, const WorkerLimits& limits, const ChildTask& task,
                            pid_t parent) {
  setpgid(0, 0);
  // A killed batch must not leave orphans converting (or hanging) on their own.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(static_cast<int>(ExitCode::kInternal));
  if (limits.max_memory_mb > 0 && MemoryCapSupported()) {
    const rlim_t bytes = static_cast<rlim_t>(limits.max_memory_mb) * 1024 * 1024;
    const rlimit lim{bytes, bytes};
    setrlimit(RLIMIT_AS, &lim);
  }
  int status = 0;
  try {
    WriteAll(fd, task(index));
  } catch (...) {
    status = static_cast<int>(ExitCode::kInternal);  // the task should catch; never fall out
  }
  close(fd);
  _exit(status);
}

Running Start(size_t index, const WorkerLimits& limits, const ChildTask& task) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0)
    throw Error(ExitCode::kInternal, std::string("pipe: ") + std::strerror(errno));
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  Running r;
  r.index = index;
  r.start = Clock::now();
  const pid_t parent = getpid();
  r.pid = fork();
  if (r.pid < 0) throw Error(ExitCode::kInternal, std::string("fork: ") + std::strerror(errno));
  if (r.pid == 0) {
    close(fds[0]);
    ChildMain(fds[1], index, limits, task, parent);
  }
  setpgid(r.pid, r.pid);  // also from the parent: no race with an early kill
  close(fds[1]);
  fcntl(fds[0], F_SETFL, O_NONBLOCK);
  r.fd = fds[0];
  return r;
}

// Reads what is available; returns true at end of file.
bool Drain(Running& r) {
  char buf[4096];
  for (;;) {
    const ssize_t n = read(r.fd, buf, sizeof buf);
    if (n > 0) {
      r.output.append(buf, static_cast<size_t>(n));
    } else if (n == 0) {
      return true;
    } else if (errno == EINTR) {
      continue;
    } else {
      return errno != EAGAIN;  // an error ends the pipe too
    }
  }
}

ChildOutcome Reap(Running& r, bool timed_out) {
  if (timed_out) kill(-r.pid, SIGKILL);
  close(r.fd);
  int status = 0;
  while (waitpid(r.pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!timed_out) kill(-r.pid, SIGKILL);  // grandchildren the task may have left behind
  ChildOutcome out;
  out.output = std::move(r.output);
  out.timed_out = timed_out;
  if (WIFEXITED(status)) out.exit_status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
  out.seconds = Since(r.start);
  return out;
}

int PollTimeoutMs(const std::vector<Running>& running, const WorkerLimits& limits) {
  double wait = kTickSeconds;
  if (limits.timeout_seconds > 0) {
    for (const Running& r : running) wait = std::min(wait, limits.timeout_seconds - Since(r.start));
  }
  return std::max(0, static_cast<int>(wait * 1000) + 1);
}

// Waits for events; reaps finished and expired children.
void Step(std::vector<Running>& running, const WorkerLimits& limits, const DoneCallback& on_done) {
  std::vector<pollfd> fds;
  for (const Running& r : running) fds.push_back({r.fd, POLLIN, 0});
  const int n = poll(fds.data(), fds.size(), PollTimeoutMs(running, limits));
  if (n < 0 && errno != EINTR)
    throw Error(ExitCode::kInternal, std::string("poll: ") + std::strerror(errno));
  std::vector<Running> still;
  for (size_t i = 0; i < running.size(); ++i) {
    Running& r = running[i];
    const bool eof = n > 0 && fds[i].revents != 0 && Drain(r);
    const bool expired =
        !eof && limits.timeout_seconds > 0 && Since(r.start) >= limits.timeout_seconds;
    if (eof || expired) {
      const size_t index = r.index;
      on_done(index, Reap(r, expired));
    } else {
      still.push_back(std::move(r));
    }
  }
  running = std::move(still);
}

}  // namespace

void RunIsolated(size_t count, const WorkerLimits& limits, const ChildTask& task,
                 const DoneCallback& on_done, const TickCallback& on_tick) {
  std::vector<Running> running;
  size_t next = 0;
  while (next < count || !running.empty()) {
    while (next < count && static_cast<int>(running.size()) < std::max(1, limits.jobs)) {
      running.push_back(Start(next++, limits, task));
    }
    Step(running, limits, on_done);
    if (on_tick) on_tick();
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

}  // namespace tablift::cli
