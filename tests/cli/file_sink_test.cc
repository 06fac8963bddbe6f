#include "cli/file_sink.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "cli_test_support.h"
#include "core/error.h"

namespace fs = std::filesystem;
using tablift::cli::FileSink;

using tablift::cli_test::TempDir;

namespace {

std::vector<std::string> Names(const fs::path& dir) { return tablift::cli_test::ListDir(dir); }
std::string Slurp(const fs::path& p) { return tablift::cli_test::Slurp(p); }

}  // namespace

TEST_CASE("the sink writes temporary files and renames them on commit", "[cli][sink]") {
  TempDir dir;
  FileSink sink(dir.path, "report");
  sink.Open(".json") << "{}";
  sink.Open(".table-1.csv") << "a,b\r\n";
  const auto names = Names(dir.path);
  REQUIRE(names.size() == 2);
  for (const auto& n : names) CHECK(n.rfind(".report.", 0) == 0);
  CHECK_THAT(names[0], Catch::Contains(".tmp-"));
  const auto done = sink.Commit();
  CHECK(done == std::vector<fs::path>{dir.path / "report.json", dir.path / "report.table-1.csv"});
  CHECK(Names(dir.path) == std::vector<std::string>{"report.json", "report.table-1.csv"});
  CHECK(Slurp(dir.path / "report.table-1.csv") == "a,b\r\n");
}

TEST_CASE("an aborted or destroyed sink leaves no file", "[cli][sink]") {
  TempDir dir;
  {
    FileSink sink(dir.path, "report");
    sink.Open(".json") << "partial";
  }
  CHECK(Names(dir.path).empty());
  FileSink sink(dir.path, "report");
  sink.Open(".xml") << "<x/>";
  sink.Abort();
  CHECK(Names(dir.path).empty());
}

TEST_CASE("commit replaces an older file of the same name", "[cli][sink]") {
  TempDir dir;
  std::ofstream(dir.path / "r.json") << "old";
  FileSink sink(dir.path, "r");
  sink.Open(".json") << "new";
  sink.Commit();
  CHECK(Slurp(dir.path / "r.json") == "new");
}

TEST_CASE("an unwritable output directory is an output error", "[cli][sink]") {
  TempDir dir;
  std::ofstream(dir.path / "file") << "x";
  // Tests may run as root, which ignores permission bits: a path below a regular file fails
  // for everyone.
  const fs::path bad = dir.path / "file" / "sub";
  try {
    tablift::cli::EnsureOutputDir(bad);
    FAIL("created");
  } catch (const tablift::Error& e) {
    CHECK(e.code() == tablift::ExitCode::kOutput);
    CHECK_THAT(e.what(), Catch::StartsWith("cannot write to " + bad.string() + ": "));
  }
  FileSink sink(bad, "r");
  CHECK_THROWS_AS(sink.Open(".json"), tablift::Error);
}

TEST_CASE("EnsureOutputDir creates missing parents", "[cli][sink]") {
  TempDir dir;
  tablift::cli::EnsureOutputDir(dir.path / "a" / "b");
  CHECK(fs::is_directory(dir.path / "a" / "b"));
}

TEST_CASE("opening the same suffix twice is an internal error", "[cli][sink]") {
  TempDir dir;
  FileSink sink(dir.path, "r");
  sink.Open(".json");
  try {
    sink.Open(".json");
    FAIL("opened twice");
  } catch (const tablift::Error& e) {
    CHECK(e.code() == tablift::ExitCode::kInternal);
  }
}

TEST_CASE("output stems drop the last extension only", "[cli][sink]") {
  using tablift::cli::OutputStem;
  CHECK(OutputStem("samples/cedaw-report.docx") == "cedaw-report");
  CHECK(OutputStem("a/report.v2.pdf") == "report.v2");
  CHECK(OutputStem("noext") == "noext");
}

TEST_CASE("inputs sharing a stem are found before converting", "[cli][sink]") {
  using tablift::cli::FindStemClash;
  CHECK(FindStemClash({"a/x.docx", "b/y.docx"}).empty());
  CHECK_THAT(FindStemClash({"a/x.docx", "b/y.docx", "c/x.pdf"}),
             Catch::StartsWith("a/x.docx and c/x.pdf would write the same output files"));
}

namespace {

std::size_t OpenDescriptors() {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("the sink keeps one file open at a time and writes every file", "[cli][sink]") {
  TempDir dir;
  FileSink sink(dir.path, "many");
  const std::size_t before = OpenDescriptors();
  constexpr int kFiles = 50;
  for (int i = 0; i < kFiles; ++i) {
    sink.Open(".table-" + std::to_string(i) + ".csv") << i;
    CHECK(OpenDescriptors() <= before + 1);
  }
  CHECK(sink.Commit().size() == kFiles);
  CHECK(OpenDescriptors() == before);
  CHECK(Slurp(dir.path / "many.table-49.csv") == "49");
}

TEST_CASE("temporary names are new files with unguessable names", "[cli][sink]") {
  TempDir dir;
  auto [a, fa] = tablift::cli::CreateTempFile(dir.path, "x.json");
  auto [b, fb] = tablift::cli::CreateTempFile(dir.path, "x.json");
  close(fa);
  close(fb);
  CHECK(a != b);
  CHECK(a.filename().string().rfind(".x.json.tmp-" + std::to_string(getpid()) + "-", 0) == 0);
  // The random part is not a small counter a planted link could predict.
  const std::string tail = a.filename().string().substr(a.filename().string().rfind('-') + 1);
  CHECK(tail.size() >= 6);
}

TEST_CASE("ReplaceFile replaces a file and never follows a link at the final name", "[cli][sink]") {
  TempDir dir;
  { std::ofstream(dir.path / "victim") << "untouched"; }
  fs::create_symlink(dir.path / "victim", dir.path / "report.json");
  tablift::cli::ReplaceFile(dir.path / "report.json", "{}");
  CHECK(Slurp(dir.path / "victim") == "untouched");
  CHECK_FALSE(fs::is_symlink(dir.path / "report.json"));
  CHECK(Slurp(dir.path / "report.json") == "{}");
  CHECK(Names(dir.path) == std::vector<std::string>{"report.json", "victim"});
}

TEST_CASE("RemoveStale removes only listed plain files this run did not write", "[cli][stale]") {
  TempDir dir;
  const fs::path out = dir.path / "out";
  fs::create_directories(out / "sub");
  for (const char* n : {"r.json", "r.table-1.csv", "r.table-2.csv", "keep.csv", "sub/x.csv"})
    tablift::cli_test::WriteFile(out / n, "x");
  tablift::cli_test::WriteFile(dir.path / "outside.csv", "x");
  fs::create_symlink(dir.path / "outside.csv", out / "r.link.csv");
  const std::vector<std::string> previous = {"r.json",         "r.table-1.csv", "r.table-2.csv",
                                             "../outside.csv", "sub/x.csv",     "..",
                                             "r.link.csv",     "gone.csv"};
  const auto removed =
      tablift::cli::RemoveStale(out, previous, {out / "r.json", out / "r.table-1.csv"});
  CHECK(removed == std::vector<std::string>{"r.table-2.csv"});
  CHECK(Names(out) ==
        std::vector<std::string>{"keep.csv", "r.json", "r.link.csv", "r.table-1.csv", "sub"});
  CHECK(fs::exists(out / "sub" / "x.csv"));
  CHECK(fs::exists(dir.path / "outside.csv"));
}

TEST_CASE("the written list round-trips and ignores names that are no plain file names",
          "[cli][stale]") {
  TempDir dir;
  tablift::cli::WriteWrittenList(dir.path, "r", {dir.path / "r.json", dir.path / "r.xml"});
  CHECK(Slurp(dir.path / ".tablift" / "r.files") == "r.json\nr.xml\n");
  CHECK(tablift::cli::ReadWrittenList(dir.path, "r") ==
        std::vector<std::string>{"r.json", "r.xml"});
  tablift::cli_test::WriteFile(dir.path / ".tablift" / "r.files", "a.csv\n../b\n\n/etc/x\nc.csv\n");
  CHECK(tablift::cli::ReadWrittenList(dir.path, "r") == std::vector<std::string>{"a.csv", "c.csv"});
  CHECK(tablift::cli::ReadWrittenList(dir.path, "none").empty());
}
