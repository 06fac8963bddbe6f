// FileSink: the OutputSink that writes an input's files into the output directory atomically
// as a set. Open(suffix) creates a new temporary file ".<stem><suffix>.tmp-<pid>-<random>" in the
// directory (O_CREAT|O_EXCL|O_NOFOLLOW: a planted link or file is never followed or reused) and
// closes the previous one, so one descriptor is open at a time; Commit() renames every file to
// "<stem><suffix>" once all of them were written; Abort() (and the destructor of an uncommitted
// sink) removes them, so a failed input leaves no file behind. Not thread-safe: one per input.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/exporter.h"

namespace tablift::cli {

// Creates `dir` (and its parents) when missing. Throws Error(kOutput)
// "cannot write to <dir>: <reason>" when it cannot be created or is not a directory.
void EnsureOutputDir(const std::filesystem::path& dir);

// How an input's output files are named (--name-by): by its stem ("report.json") or by its
// whole file name ("report.docx.json"), so that report.docx and report.pdf can share a folder.
enum class NameBy { kStem, kFile };

// The output stem of an input path: its file name without the last extension
// ("a/b/report.v2.docx" -> "report.v2"; a name without extension stays whole), or with
// NameBy::kFile the file name itself ("report.v2.docx").
std::string OutputStem(const std::string& input_path, NameBy by = NameBy::kStem);

// Returns a usage message when two inputs have the same output stem (they would overwrite each
// other's files), else "". Checked before anything is converted.
std::string FindStemClash(const std::vector<std::string>& inputs, NameBy by = NameBy::kStem);

// The folder of tablift's own bookkeeping inside an output directory (never published files):
// the batch's resume markers and the record of the files each input's last run wrote.
inline constexpr const char* kStateDir = ".tablift";

// Stale outputs: the files listed in `previous` (plain names inside `dir`, as an earlier run for
// the same input wrote them) that are not among `written` are removed; a name with a path
// separator, "." or ".." is ignored, so nothing outside `dir` or unlisted is ever touched.
// Returns the names removed. Never throws (a file that cannot be removed stays).
std::vector<std::string> RemoveStale(const std::filesystem::path& dir,
                                     const std::vector<std::string>& previous,
                                     const std::vector<std::filesystem::path>& written);

// `convert`'s record of an input's files: dir/.tablift/<stem>.files, one name per line.
// ReadWrittenList gives [] when there is none; WriteWrittenList replaces it atomically (and
// throws Error(kOutput) when it cannot).
std::filesystem::path WrittenListPath(const std::filesystem::path& dir, const std::string& stem);
std::vector<std::string> ReadWrittenList(const std::filesystem::path& dir, const std::string& stem);
void WriteWrittenList(const std::filesystem::path& dir, const std::string& stem,
                      const std::vector<std::filesystem::path>& written);

// A new temporary file for `name` in `dir`: ".<name>.tmp-<pid>-<n>" with n random (unguessable),
// created with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0666 less the umask. Returns its path and open
// descriptor (the caller closes it). Throws Error(kOutput) "cannot write to <dir>: <reason>".
std::pair<std::filesystem::path, int> CreateTempFile(const std::filesystem::path& dir,
                                                     const std::string& name);

// Replaces `path` with `text` atomically: a CreateTempFile temporary beside it, then a rename.
// Throws Error(kOutput) "cannot write to <dir>: <reason>"; the temporary is removed on failure.
void ReplaceFile(const std::filesystem::path& path, const std::string& text);

class FileSink final : public OutputSink {
 public:
  FileSink(std::filesystem::path dir, std::string stem);
  ~FileSink() override;
  FileSink(const FileSink&) = delete;
  FileSink& operator=(const FileSink&) = delete;

  // Opens a new temporary file for "<stem><suffix>". Throws Error(kOutput) when it cannot be
  // created, and Error(kInternal) when the suffix was already opened (an exporter bug).
  std::ostream& Open(const std::string& suffix) override;

  // Flushes and closes every file, then renames them to their final names. Throws
  // Error(kOutput) when a write or a rename failed; the sink then removes what it wrote.
  // Returns the final paths, in the order they were opened.
  std::vector<std::filesystem::path> Commit();

  // Removes every temporary file. Safe to call more than once.
  void Abort() noexcept;

 private:
  struct File {
    std::filesystem::path temp;
    std::filesystem::path final_path;
  };
  struct OpenFile;  // the descriptor and stream of the file being written
  void CloseCurrent();
  [[noreturn]] void Fail(const std::string& reason);

  std::filesystem::path dir_;
  std::string stem_;
  std::vector<File> files_;
  std::unique_ptr<OpenFile> current_;
  bool committed_ = false;
};

}  // namespace tablift::cli
