// Helpers for the CLI tests: a temporary directory, file reading and listing, running a program
// with captured stdout/stderr, and building small ZIP files. Header-only; test code only.
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tablift::cli_test {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with everything in it at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string templ = (fs::temp_directory_path() / "tablift-cli-XXXXXX").string();
    REQUIRE(mkdtemp(templ.data()) != nullptr);
    path = templ;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

inline std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// Names of the entries of `dir` (hidden ones included), sorted; empty when it does not exist.
inline std::vector<std::string> ListDir(const fs::path& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// ListDir without the ".tablift" folder of tablift's own records (the files each input's last
// run wrote): the files a user publishes.
inline std::vector<std::string> ListOutputs(const fs::path& dir) {
  std::vector<std::string> names = ListDir(dir);
  names.erase(std::remove(names.begin(), names.end(), ".tablift"), names.end());
  return names;
}

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `program args...` in `cwd` with stdout and stderr captured through files in `cwd`'s
// parent-independent temp dir; standard input is `stdin_path` when given, else /dev/null.
inline RunResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                            const fs::path& cwd, const fs::path& stdin_path = {}) {
  TempDir capture;
  const fs::path out = capture.path / "stdout", err = capture.path / "stderr";
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (chdir(cwd.c_str()) != 0) _exit(127);
    const int fo = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int fe = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fo < 0 || fe < 0 || dup2(fo, 1) < 0 || dup2(fe, 2) < 0) _exit(127);
    const int fi = open(stdin_path.empty() ? "/dev/null" : stdin_path.c_str(), O_RDONLY);
    if (fi < 0 || dup2(fi, 0) < 0) _exit(127);
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

}  // namespace tablift::cli_test
