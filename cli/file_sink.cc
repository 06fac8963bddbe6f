#include "cli/file_sink.h"

#include <fcntl.h>
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ext/stdio_filebuf.h>
#include <fstream>
#include <random>

#include "core/error.h"

namespace tablift::cli {
namespace fs = std::filesystem;
namespace {

// Names tried before giving up: a clash of two random 64-bit numbers is already unlikely.
constexpr int kTempAttempts = 100;
// Outputs are ordinary files: rw for everyone the umask allows, as std::ofstream would make.
constexpr mode_t kNewFileMode = 0666;

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

std::string OutputStem(const std::string& input_path, NameBy by) {
  const fs::path p(input_path);
  return by == NameBy::kFile ? p.filename().string() : p.stem().string();
}

std::string FindStemClash(const std::vector<std::string>& inputs, NameBy by) {
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (OutputStem(inputs[i], by) != OutputStem(inputs[j], by)) continue;
      const bool same_name =
          OutputStem(inputs[i], NameBy::kFile) == OutputStem(inputs[j], NameBy::kFile);
      return fmt::format(
          "{} and {} would write the same output files \"{}.*\"; "
          "{}",
          inputs[j], inputs[i], OutputStem(inputs[i], by),
          same_name || by == NameBy::kFile
              ? "convert them in separate runs or output directories"
              : "name the outputs by file name (--name-by file) or convert them separately");
    }
  }
  return "";
}

namespace {

bool IsPlainName(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos;
}

}  // namespace

std::vector<std::string> RemoveStale(const fs::path& dir, const std::vector<std::string>& previous,
                                     const std::vector<fs::path>& written) {
  std::vector<std::string> removed;
  for (const std::string& name : previous) {
    if (!IsPlainName(name)) continue;
    const bool again = std::any_of(written.begin(), written.end(), [&](const fs::path& w) {
      return w.filename().string() == name;
    });
    std::error_code ec;
    if (again || !fs::is_regular_file(fs::symlink_status(dir / name, ec))) continue;
    if (fs::remove(dir / name, ec)) removed.push_back(name);
  }
  return removed;
}

fs::path WrittenListPath(const fs::path& dir, const std::string& stem) {
  return dir / kStateDir / (stem + ".files");
}

std::vector<std::string> ReadWrittenList(const fs::path& dir, const std::string& stem) {
  std::vector<std::string> names;
  std::ifstream in(WrittenListPath(dir, stem));
  for (std::string line; std::getline(in, line);) {
    if (IsPlainName(line)) names.push_back(line);
  }
  return names;
}

void WriteWrittenList(const fs::path& dir, const std::string& stem,
                      const std::vector<fs::path>& written) {
  std::string text;
  for (const fs::path& w : written) text += w.filename().string() + "\n";
  EnsureOutputDir(dir / kStateDir);
  ReplaceFile(WrittenListPath(dir, stem), text);
}

std::pair<fs::path, int> CreateTempFile(const fs::path& dir, const std::string& name) {
  static std::random_device entropy;
  std::mt19937_64 random((static_cast<std::uint64_t>(entropy()) << 32) ^ entropy());
  for (int attempt = 0; attempt < kTempAttempts; ++attempt) {
    const fs::path temp =
        dir / fmt::format(".{}.tmp-{}-{}", name, static_cast<long>(getpid()), random());
    const int fd =
        ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kNewFileMode);
    if (fd >= 0) return {temp, fd};
    if (errno != EEXIST) throw Error(ExitCode::kOutput, CannotWrite(dir, std::strerror(errno)));
  }
  throw Error(ExitCode::kOutput, CannotWrite(dir, "no unused temporary file name"));
}

void ReplaceFile(const fs::path& path, const std::string& text) {
  const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  auto [temp, fd] = CreateTempFile(dir, path.filename().string());
  std::string reason;
  for (std::size_t done = 0; done < text.size() && reason.empty();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno != EINTR) reason = std::strerror(errno);
    if (n > 0) done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 && reason.empty()) reason = std::strerror(errno);
  std::error_code ec;
  if (reason.empty()) fs::rename(temp, path, ec);
  if (reason.empty() && ec) reason = ec.message();
  if (reason.empty()) return;
  fs::remove(temp, ec);
  throw Error(ExitCode::kOutput, CannotWrite(dir, reason));
}

struct FileSink::OpenFile {
  explicit OpenFile(int fd) : buffer(fd, std::ios::out | std::ios::binary), stream(&buffer) {}
  __gnu_cxx::stdio_filebuf<char> buffer;  // owns and closes the descriptor
  std::ostream stream;
};

FileSink::FileSink(fs::path dir, std::string stem) : dir_(std::move(dir)), stem_(std::move(stem)) {}

FileSink::~FileSink() {
  if (!committed_) Abort();
}

std::ostream& FileSink::Open(const std::string& suffix) {
  const fs::path final_path = dir_ / (stem_ + suffix);
  const bool seen = std::any_of(files_.begin(), files_.end(),
                                [&](const File& f) { return f.final_path == final_path; });
  if (seen) throw Error(ExitCode::kInternal, "output " + final_path.string() + " opened twice");
  CloseCurrent();
  auto [temp, fd] = CreateTempFile(dir_, stem_ + suffix);
  files_.push_back({temp, final_path});
  current_ = std::make_unique<OpenFile>(fd);
  return current_->stream;
}

std::vector<fs::path> FileSink::Commit() {
  CloseCurrent();
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
  current_.reset();
  for (File& f : files_) {
    std::error_code ec;
    fs::remove(f.temp, ec);  // nothing more can be done about a failed clean-up
  }
  files_.clear();
}

void FileSink::CloseCurrent() {
  if (!current_) return;
  current_->stream.flush();
  const bool ok = static_cast<bool>(current_->stream) && current_->buffer.close() != nullptr;
  current_.reset();
  if (!ok) Fail(fmt::format("writing {} failed", files_.back().final_path.filename().string()));
}

void FileSink::Fail(const std::string& reason) {
  Abort();
  throw Error(ExitCode::kOutput, CannotWrite(dir_, reason));
}

}  // namespace tablift::cli
