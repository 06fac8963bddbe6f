// Unit tests of the batch parts: shard parsing and slicing, input discovery, temporary-file
// ownership, the worker pool's isolation, report building and merging.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "batch/batch_inputs.h"
#include "batch/batch_progress.h"
#include "batch/batch_report.h"
#include "batch/options_fingerprint.h"
#include "batch/worker.h"
#include "batch/worker_pool.h"
#include "cli/batch_options.h"
#include "cli/options.h"
#include "core/error.h"

namespace fs = std::filesystem;
using namespace tablift;
using namespace tablift::batch;
using namespace tablift::cli;

namespace {

fs::path FreshDir(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("tablift-batch-test-" + std::to_string(getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void Write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

FileResult Result(const std::string& input, bool ok) {
  FileResult r;
  r.input = input;
  r.output = input;
  r.ok = ok;
  r.code = ok ? 0 : 3;
  r.reason = ok ? "" : kReasonError;
  r.tables = ok ? 1 : 0;
  r.seconds = 0.5;
  return r;
}

}  // namespace

TEST_CASE("ParseShard accepts I/N with 0 <= I < N only", "[batch]") {
  int i = -1, n = -1;
  CHECK(ParseShard("2/5", i, n).empty());
  CHECK((i == 2 && n == 5));
  for (const char* bad : {"5/5", "-1/3", "1/0", "1", "a/b", "1/3x", "/3"}) {
    CHECK_FALSE(ParseShard(bad, i, n).empty());
  }
}

TEST_CASE("Shard slices are disjoint, cover the list and keep its order", "[batch]") {
  const std::vector<int> all{0, 1, 2, 3, 4, 5, 6};
  std::vector<int> seen;
  for (int s = 0; s < 3; ++s) {
    const auto part = Shard(all, s, 3);
    CHECK(std::is_sorted(part.begin(), part.end()));
    seen.insert(seen.end(), part.begin(), part.end());
  }
  std::sort(seen.begin(), seen.end());
  CHECK(seen == all);
  CHECK(Shard(all, 1, 3) == std::vector<int>{1, 4});
}

TEST_CASE("DiscoverInputs attempts a broken file named .odt rather than skipping it",
          "[batch][odt]") {
  const fs::path dir = FreshDir("discover-odt");
  Write(dir / "report.odt", "truncated");  // no ZIP bytes: only its name makes it an input
  const BatchInputs found = DiscoverInputs({dir.string()}, "");
  REQUIRE(found.files.size() == 1);
  CHECK(found.files[0].stem == "report");
  CHECK(found.skipped.empty());
}

TEST_CASE("DiscoverInputs walks folders by content and mirrors the tree", "[batch]") {
  const fs::path dir = FreshDir("discover");
  Write(dir / "a/x.docx", "not really a docx");  // claimed by extension: attempted
  Write(dir / "a/b/noext", "%PDF-1.4 ...");      // PDF by its bytes
  Write(dir / "a/notes.txt", "skip me");
  Write(dir / "a/b/x.pdf", "%PDF-1.4");  // same stem as b/noext? no: stem "x"
  const BatchInputs found = DiscoverInputs({(dir / "a").string()}, "");
  REQUIRE(found.files.size() == 3);
  CHECK(found.skipped == std::vector<std::string>{(dir / "a/notes.txt").generic_string()});
  CHECK(found.files[0].rel_dir == "b");
  CHECK(found.files[0].stem == "noext");
  CHECK(found.files[1].stem == "x");
  CHECK(found.files[2].rel_dir == "");
  for (const BatchInput& in : found.files) CHECK(in.clash_with.empty());
}

TEST_CASE("DiscoverInputs marks the later of two inputs with one output name", "[batch]") {
  const fs::path dir = FreshDir("clash");
  Write(dir / "r.docx", "PK");
  Write(dir / "r.pdf", "%PDF-");
  const BatchInputs found = DiscoverInputs({dir.string()}, "");
  REQUIRE(found.files.size() == 2);
  CHECK(found.files[0].clash_with.empty());
  CHECK(found.files[1].clash_with == found.files[0].path);
}

TEST_CASE("DiscoverInputs takes office files it cannot read as inputs, to report them", "[batch]") {
  const fs::path dir = FreshDir("discover-office");
  Write(dir / "old.doc", "legacy bytes");                                    // by extension
  Write(dir / "noext", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));  // OLE2 bytes
  Write(dir / "book.xlsx", "PK");
  Write(dir / "notes.txt", "skip me");
  Write(dir / "photo.png", "\x89PNG");
  const BatchInputs found = DiscoverInputs({dir.string()}, "");
  std::vector<std::string> stems;
  for (const BatchInput& in : found.files) stems.push_back(in.stem);
  CHECK(stems == std::vector<std::string>{"book", "noext", "old"});
  CHECK(found.skipped.size() == 2);
}

TEST_CASE("DiscoverInputs: empty files collide with nothing; --name-by file keeps both",
          "[batch]") {
  const fs::path dir = FreshDir("clash-empty");
  Write(dir / "e.docx", "");
  Write(dir / "e.pdf", "");
  Write(dir / "r.docx", "PK");
  Write(dir / "r.pdf", "%PDF-");
  BatchInputs found = DiscoverInputs({dir.string()}, "");
  REQUIRE(found.files.size() == 4);
  CHECK((found.files[0].empty && found.files[1].empty));
  CHECK((found.files[0].clash_with.empty() && found.files[1].clash_with.empty()));
  CHECK(found.files[3].clash_with == found.files[2].path);  // r.pdf after r.docx
  found = DiscoverInputs({dir.string()}, "", NameBy::kFile);
  CHECK(found.files[2].stem == "r.docx");
  CHECK(found.files[3].stem == "r.pdf");
  for (const BatchInput& in : found.files) CHECK(in.clash_with.empty());
}

TEST_CASE("DiscoverInputs expands a quoted glob under its fixed folder, and reads manifests",
          "[batch]") {
  const fs::path dir = FreshDir("glob");
  Write(dir / "in/s1/a.pdf", "%PDF-");
  Write(dir / "in/s2/b.pdf", "%PDF-");
  Write(dir / "in/s2/c.docx", "PK");
  const BatchInputs g = DiscoverInputs({(dir / "in/*/*.pdf").string()}, "");
  REQUIRE(g.files.size() == 2);
  CHECK(g.files[1].rel_dir == "s2");
  CHECK_THROWS_AS(DiscoverInputs({(dir / "in/*/*.xyz").string()}, ""), Error);
  Write(dir / "list", "# inputs\n\n" + (dir / "in/s2/c.docx").string() + "\n");
  const BatchInputs m = DiscoverInputs({}, (dir / "list").string());
  REQUIRE(m.files.size() == 1);
  CHECK(m.files[0].rel_dir == (dir / "in/s2").relative_path().generic_string());
  CHECK_THROWS_AS(DiscoverInputs({(dir / "missing").string()}, ""), Error);
}

TEST_CASE("Stale temporaries are removed only for this shard's inputs", "[batch]") {
  std::string owner;
  CHECK(ParseTempName(".rep.v2.json.tmp-123-4", owner));
  CHECK(owner == "rep.v2.json");
  CHECK_FALSE(ParseTempName("rep.json", owner));
  CHECK_FALSE(ParseTempName(".rep.json.tmp-12x-4", owner));
  const fs::path out = FreshDir("temps");
  Write(out / ".rep.json.tmp-1-0", "");
  Write(out / ".rep.v2.json.tmp-1-0", "");  // belongs to stem "rep.v2", not "rep"
  Write(out / "rep.json", "final");
  const BatchInput rep{"in/rep.docx", "", "rep", ""};
  const BatchInput rep2{"in/rep.v2.docx", "", "rep.v2", ""};
  CHECK(RemoveStaleTemps(out, {rep, rep2}, {rep}) == 1);
  CHECK(fs::exists(out / ".rep.v2.json.tmp-1-0"));
  CHECK(fs::exists(out / "rep.json"));
}

TEST_CASE("RunIsolated contains crashes and hangs and returns every result", "[batch][pool]") {
  std::vector<ChildOutcome> outcomes(4);
  const WorkerLimits limits{2, 1.0, 256};
  RunIsolated(
      4, limits,
      [](size_t i) -> TaskOutput {
        if (i == 1) {
          signal(SIGSEGV, SIG_DFL);  // not Catch2's handler: die as a crashing converter would
          raise(SIGSEGV);
        }
        if (i == 2) pause();
        return "result " + std::to_string(i);
      },
      [&](size_t i, const ChildOutcome& o) { outcomes[i] = o; });
  CHECK(outcomes[0].output == "result 0");
  CHECK(outcomes[0].exit_status == 0);
  CHECK(outcomes[1].signal == SIGSEGV);
  CHECK(outcomes[2].timed_out);
  CHECK(outcomes[2].seconds >= 1.0);
  CHECK(outcomes[3].output == "result 3");
}

TEST_CASE("RunIsolated caps a child's memory", "[batch][pool]") {
  if (!MemoryCapSupported()) return;  // AddressSanitizer build: no RLIMIT_AS (worker_pool.h)
  ChildOutcome out;
  RunIsolated(
      1, {1, 10, 128},
      [](size_t) -> TaskOutput {
        try {
          std::vector<char> big(512u << 20, 'x');
          return "allocated";
        } catch (const std::bad_alloc&) {
          return "refused";
        }
      },
      [&](size_t, const ChildOutcome& o) { out = o; });
  CHECK(out.output == "refused");
}

namespace {
int g_pool_state = 0;  // what a task in a reused worker can see of the tasks before it

// Runs `count` tasks that report their worker's pid and the state the tasks before them left.
std::vector<ChildOutcome> RunRecording(size_t count, const WorkerLimits& limits,
                                       const std::function<bool(size_t)>& retire = {}) {
  std::vector<ChildOutcome> outcomes(count);
  RunIsolated(
      count, limits,
      [&](size_t i) {
        const std::string seen = std::to_string(g_pool_state);
        g_pool_state = static_cast<int>(i) + 1;
        return TaskOutput(seen, retire && retire(i));
      },
      [&](size_t i, const ChildOutcome& o) { outcomes[i] = o; });
  return outcomes;
}

size_t DistinctWorkers(const std::vector<ChildOutcome>& outcomes) {
  std::set<long> pids;
  for (const ChildOutcome& o : outcomes) pids.insert(o.worker);
  return pids.size();
}
}  // namespace

TEST_CASE("RunIsolated reuses a worker for tasks_per_worker tasks, then replaces it",
          "[batch][pool]") {
  const auto reused = RunRecording(6, {1, 10, 0, 3});
  CHECK(DistinctWorkers(reused) == 2);
  for (const ChildOutcome& o : reused) CHECK(o.exit_status == 0);
  CHECK(reused[0].output == "0");  // a fresh worker starts from the parent's state
  CHECK(reused[1].output == "1");  // the same worker ran task 0 before
  CHECK(reused[3].output == "0");  // the fourth task has a new worker
  const auto fresh = RunRecording(6, {1, 10, 0, 1});
  CHECK(DistinctWorkers(fresh) == 6);
  for (const ChildOutcome& o : fresh) CHECK(o.output == "0");
  CHECK(DistinctWorkers(RunRecording(6, {2, 10, 0, 0})) <= 2);  // 0: no limit
}

TEST_CASE("RunIsolated replaces a worker whose task asks to retire it", "[batch][pool]") {
  const auto out = RunRecording(4, {1, 10, 0, 100}, [](size_t i) { return i == 1; });
  CHECK(out[1].output == "1");
  CHECK(out[2].output == "0");  // after the retiring task 1, a fresh worker
  CHECK(out[3].output == "3");
  CHECK(out[0].worker == out[1].worker);
  CHECK(out[2].worker != out[1].worker);
}

TEST_CASE("A crash or hang in a reused worker fails only its task", "[batch][pool]") {
  std::vector<ChildOutcome> outcomes(8);
  RunIsolated(
      8, {2, 1.0, 256, 100},
      [](size_t i) -> TaskOutput {
        if (i == 2) {
          signal(SIGSEGV, SIG_DFL);
          raise(SIGSEGV);
        }
        if (i == 5) pause();
        if (i == 6) _exit(7);  // a worker that exits without a result
        return "result " + std::to_string(i);
      },
      [&](size_t i, const ChildOutcome& o) { outcomes[i] = o; });
  for (size_t i : {0, 1, 3, 4, 7}) CHECK(outcomes[i].output == "result " + std::to_string(i));
  CHECK(outcomes[2].signal == SIGSEGV);
  CHECK(outcomes[2].output.empty());
  CHECK(outcomes[5].timed_out);
  CHECK(outcomes[5].seconds >= 1.0);
  CHECK(outcomes[6].exit_status == 7);
  CHECK_FALSE(outcomes[6].timed_out);
}

TEST_CASE("RunIsolated passes outputs larger than a pipe's buffer", "[batch][pool]") {
  std::vector<std::string> got(3);
  RunIsolated(
      3, {2, 10, 0, 100},
      [](size_t i) { return TaskOutput(std::string((1u << 20) + i, static_cast<char>('a' + i))); },
      [&](size_t i, const ChildOutcome& o) { got[i] = o.output; });
  for (size_t i = 0; i < 3; ++i)
    CHECK(got[i] == std::string((1u << 20) + i, static_cast<char>('a' + i)));
}

TEST_CASE("A report lists files by input path with totals; JSON round-trips", "[batch]") {
  const auto report = BuildReport({Result("b", false), Result("a", true)}, {"z.txt"}, "fp", {});
  CHECK(report["files"][0]["input"] == "a");
  CHECK(report["totals"]["converted"] == 1);
  CHECK(report["totals"]["failed"] == 1);
  CHECK(report["totals"]["skipped"] == 1);
  CHECK_FALSE(report.contains("shard"));
  const FileResult back = FileResultFromJson(report["files"][1]);
  CHECK(back.input == "b");
  CHECK_FALSE(back.ok);
  CHECK(back.reason == kReasonError);
  CHECK(ToJson(back, false).dump() == ToJson(Result("b", false), false).dump());
}

TEST_CASE("Merging all shards equals the unsharded report; a missing shard is an error",
          "[batch]") {
  const fs::path dir = FreshDir("merge");
  const std::vector<FileResult> all{Result("a", true), Result("b", false), Result("c", true)};
  std::vector<std::string> paths;
  for (int s = 0; s < 2; ++s) {
    const ShardInfo info{s, 2, all.size(), 1};
    const auto skipped = Shard(std::vector<std::string>{"k"}, s, 2);
    const fs::path p = dir / ReportName(info);
    WriteFileAtomically(p, BuildReport(Shard(all, s, 2), skipped, "fp", info).dump());
    paths.push_back(p.string());
  }
  CHECK(MergeReports(paths) == BuildReport(all, {"k"}, "fp", {}));
  CHECK_THROWS_AS(MergeReports({paths[0]}), Error);
  CHECK_THROWS_AS(MergeReports({paths[0], paths[0], paths[1]}), Error);
}

TEST_CASE("The options fingerprint changes with every output-changing option", "[batch]") {
  ConvertOptions base;
  const std::string fp = OptionsFingerprint(base);
  CHECK(fp == OptionsFingerprint(base));
  ConvertOptions grid = base;
  grid.grid = true;
  ConvertOptions csv = base;
  csv.formats = {"csv"};
  ConvertOptions pages = base;
  pages.in.extract.pages = {1, 2};
  ConvertOptions profile = base;
  profile.typed.profile = "auto";
  ConvertOptions meta = base;
  meta.typed.meta = {"publisher=x"};
  ConvertOptions excel = base;
  excel.typed.excel = true;
  ConvertOptions tables = base;
  tables.tables = {2};
  for (const ConvertOptions& o : {grid, csv, pages, profile, meta, excel, tables})
    CHECK(OptionsFingerprint(o) != fp);
  // A profile given by path: its bytes count, not only its name.
  const fs::path dir = FreshDir("fingerprint");
  Write(dir / "p.json", "{}");
  ConvertOptions by_path = base;
  by_path.typed.profile = (dir / "p.json").string();
  const std::string before = OptionsFingerprint(by_path);
  Write(dir / "p.json", "{ }");
  CHECK(OptionsFingerprint(by_path) != before);
}

TEST_CASE("The batch command line fills BatchOptions and the convert options", "[batch]") {
  std::ostringstream out, err;
  const CommandLine cl = ParseCommandLine(
      {"tablift", "batch", "in", "-o", "out", "-j", "3", "--shard", "1/4", "--resume", "--timeout",
       "5", "--max-memory-mb", "100", "--grid", "--format", "json", "-q"},
      {"csv", "json", "xml"}, out, err);
  REQUIRE(cl.command == Command::kBatch);
  const BatchOptions& b = *cl.batch;
  CHECK(b.convert.in.inputs == std::vector<std::string>{"in"});
  CHECK(b.convert.output_dir == "out");
  CHECK(b.convert.grid);
  CHECK(b.convert.formats == std::vector<std::string>{"json"});
  CHECK((b.jobs == 3 && b.shard_index == 1 && b.shard_count == 4));
  CHECK((b.resume && b.quiet && b.timeout_seconds == 5 && b.max_memory_mb == 100));
  CHECK(CheckBatchOptions(b).empty());

  const CommandLine bad =
      ParseCommandLine({"tablift", "batch", "in", "-o", "o", "--shard", "4/4"}, {"csv"}, out, err);
  CHECK(bad.command == Command::kNone);
  CHECK(bad.exit_code == static_cast<int>(ExitCode::kUsage));

  const CommandLine none = ParseCommandLine({"tablift", "batch", "-o", "o"}, {"csv"}, out, err);
  REQUIRE(none.command == Command::kBatch);
  CHECK_FALSE(CheckBatchOptions(*none.batch).empty());
  const CommandLine merge = ParseCommandLine(
      {"tablift", "batch", "--merge-reports", "a.json", "b.json", "-o", "o"}, {"csv"}, out, err);
  REQUIRE(merge.command == Command::kBatch);
  CHECK(merge.batch->merge_reports.size() == 2);
  CHECK(CheckBatchOptions(*merge.batch).empty());

  BatchOptions typed = b;
  typed.convert.typed.profile = "auto";
  typed.convert.provenance = false;
  CHECK_FALSE(CheckBatchOptions(typed).empty());  // as convert: typed records keep their source
  BatchOptions package = b;
  package.convert.typed.datapackage = true;
  CHECK_FALSE(CheckBatchOptions(package).empty());  // b is shard 1/4: one package per batch
  package.shard_count = 1;
  package.shard_index = 0;
  CHECK(CheckBatchOptions(package).empty());
}

TEST_CASE("Progress prints one line per file, a live line, or nothing", "[batch]") {
  FileResult bad = Result("in/b.pdf", false);
  bad.message = "two\nlines";
  std::ostringstream lines, live, quiet;
  BatchProgress l(lines, BatchProgress::Mode::kLines, 2);
  l.Done(Result("in/a.docx", true));
  l.Done(bad);
  CHECK(lines.str() ==
        "tablift batch: [1/2] converted in/a.docx\n"
        "tablift batch: [2/2] failed in/b.pdf: error: two lines\n");
  BatchProgress v(live, BatchProgress::Mode::kLive, 2);
  v.Done(bad);
  v.Finish();
  CHECK(live.str().find("\r") != std::string::npos);
  CHECK(live.str().find("1/2 done, 1 failed") != std::string::npos);
  CHECK(live.str().back() == '\n');
  BatchProgress q(quiet, BatchProgress::Mode::kQuiet, 1);
  q.Done(bad);
  q.Finish();
  CHECK(quiet.str().empty());
}
