#include "cli/file_sink.h"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include "core/error.h"

namespace tablift::cli {
namespace fs = std::filesystem;
namespace {

// Distinguishes temporary files of several sinks in one process (the pid separates processes).
std::atomic<unsigned> temp_counter{0};

std::string CannotWrite(const fs::path& dir, const std::string& reason) {
  return fmt::format("cannot write to {}: {}", dir.string(), reason);
}

}  // namespace

void EnsureOutputDir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(ExitCode::kOutput, CannotWrite(dir, ec.message()));
  if (!fs::is_directory(dir, ec)) {
    throw Error(ExitCode::kOutput, CannotWrite(dir, "not a directory"));
  }
}

std::string OutputStem(const std::string& input_path) {
  return fs::path(input_path).stem().string();
}

std::string FindStemClash(const std::vector<std::string>& inputs) {
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (OutputStem(inputs[i]) != OutputStem(inputs[j])) continue;
      return fmt::format(
          "{} and {} would write the same output files \"{}.*\"; "
          "convert them in separate runs or output directories",
          inputs[j], inputs[i], OutputStem(inputs[i]));
    }
  }
  return "";
}

FileSink::FileSink(fs::path dir, std::string stem) : dir_(std::move(dir)), stem_(std::move(stem)) {}

FileSink::~FileSink() {
  if (!committed_) Abort();
}

std::ostream& FileSink::Open(const std::string& suffix) {
  const fs::path final_path = dir_ / (stem_ + suffix);
  const bool seen = std::any_of(files_.begin(), files_.end(),
                                [&](const File& f) { return f.final_path == final_path; });
  if (seen) throw Error(ExitCode::kInternal, "output " + final_path.string() + " opened twice");
  const std::string temp_name =
      fmt::format(".{}{}.tmp-{}-{}", stem_, suffix, static_cast<long>(getpid()), temp_counter++);
  File file{dir_ / temp_name, final_path,
            std::make_unique<std::ofstream>(dir_ / temp_name, std::ios::binary)};
  if (!*file.stream) Fail(std::strerror(errno));
  files_.push_back(std::move(file));
  return *files_.back().stream;
}

std::vector<fs::path> FileSink::Commit() {
  CloseAll();
  std::vector<fs::path> done;
  for (const File& f : files_) {
    std::error_code ec;
    fs::rename(f.temp, f.final_path, ec);
    if (ec) {
      const std::string reason = ec.message();
      // Keep the set all-or-nothing: undo the renames already made.
      for (const fs::path& p : done) fs::remove(p, ec);
      Fail(reason);
    }
    done.push_back(f.final_path);
  }
  committed_ = true;
  return done;
}

void FileSink::Abort() noexcept {
  for (File& f : files_) {
    if (f.stream) f.stream->close();
    std::error_code ec;
    fs::remove(f.temp, ec);  // nothing more can be done about a failed clean-up
  }
  files_.clear();
}

void FileSink::CloseAll() {
  for (File& f : files_) {
    f.stream->flush();
    const bool ok = static_cast<bool>(*f.stream);
    f.stream->close();
    if (!ok || !*f.stream) Fail(fmt::format("writing {} failed", f.final_path.filename().string()));
  }
}

void FileSink::Fail(const std::string& reason) {
  Abort();
  throw Error(ExitCode::kOutput, CannotWrite(dir_, reason));
}

}  // namespace tablift::cli
