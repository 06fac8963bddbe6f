// Scaling benchmark (issue 13): the stages that once risked quadratic work, each timed on an input
// and on one four times as large, in the same process. The small input is the reference run, so
// the machine's speed and load cancel out: linear work gives a ratio of about 4, quadratic about
// 16. Prints one line per case and exits 1 when a CPU-time ratio is over the limit (kMaxRatio:
// grossly off, a regression rather than noise); see bench/README.md.
//
//   build/bench/tablift_bench_scaling [--runs N] [--max-ratio R] [CASE...]
//   (cases: docx, normalizer, lattice; default all, best of 3 runs, limit 10)
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "docx_builder.h"
#include "extractors/pdf/lattice.h"
#include "extractors/pdf/poppler_reader.h"
#include "normalizer/normalizer.h"
#include "table_builder.h"

namespace {

constexpr double kFactor = 4;     // the large input is this many times the small one
constexpr double kMaxRatio = 10;  // the default limit: linear is ~4, quadratic ~16

struct Times {
  double cpu = 1e300;   // seconds of this process's CPU time, best run
  double wall = 1e300;  // seconds, best run
};

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// The best of `runs` runs of `work` (each best separately: a run that waited for a core has a
// worse wall time but not a worse CPU time).
Times BestOf(int runs, const std::function<void()>& work) {
  Times best;
  for (int i = 0; i < runs; ++i) {
    const double cpu0 = CpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    work();
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - wall0;
    best.cpu = std::min(best.cpu, CpuSeconds() - cpu0);
    best.wall = std::min(best.wall, wall.count());
  }
  return best;
}

// One case: `run(size)` does the work on an input of `size` units (rows, copies), built beforehand
// by `prepare(size)` so that building it is not timed.
struct Case {
  const char* name;
  const char* unit;
  int small;
  std::function<std::function<void()>(int)> prepare;
};

void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "tablift_bench_scaling: %s\n", what);
  std::exit(2);
}

std::function<void()> DocxRows(int rows) {
  auto bytes = std::make_shared<std::string>(tablift::testing::LongMergeDocx(rows));
  return [bytes, rows] {
    const tablift::Document doc = tablift::testing::Extract(*bytes);
    Require(doc.tables.size() == 1 && doc.tables[0].rows == rows + 1, "docx: wrong table");
  };
}

std::function<void()> NormalizerRows(int rows) {
  auto table = std::make_shared<tablift::Table>(tablift::testing::NumberedTable(rows, 4));
  return [table, rows] {
    const tablift::RecordTable rt = tablift::NormalizeTable(*table);
    Require(rt.records.size() == static_cast<std::size_t>(rows - 1), "normalizer: wrong records");
  };
}

// The pages of samples/cedaw-report.pdf (63), read once; `copies` times over, renumbered 1..n.
std::function<void()> LatticePages(int copies) {
  static const std::vector<tablift::pdf::Page> sample = [] {
    std::ifstream in(TABLIFT_SAMPLES_DIR "/cedaw-report.pdf", std::ios::binary);
    Require(static_cast<bool>(in), "cannot read " TABLIFT_SAMPLES_DIR "/cedaw-report.pdf");
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    tablift::Diagnostics diags;
    const auto doc = tablift::pdf::PdfDocument::Open(bytes, "", diags);
    std::vector<int> numbers;
    for (int p = 1; p <= doc->page_count(); ++p) numbers.push_back(p);
    return doc->ReadPages(numbers, nullptr, diags);
  }();
  auto pages = std::make_shared<std::vector<tablift::pdf::Page>>();
  for (int c = 0; c < copies; ++c) {
    for (const tablift::pdf::Page& p : sample) {
      pages->push_back(p);
      pages->back().number = static_cast<int>(pages->size());
    }
  }
  return [pages] {
    tablift::Diagnostics diags;
    Require(!tablift::pdf::BuildLatticeTables(*pages, diags).empty(), "lattice: no table");
  };
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 3;
  double max_ratio = kMaxRatio;
  std::vector<std::string> wanted;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--max-ratio" && i + 1 < argc) {
      max_ratio = std::atof(argv[++i]);
    } else if (arg == "-h" || arg == "--help") {
      std::printf("usage: %s [--runs N] [--max-ratio R] [docx] [normalizer] [lattice]\n", argv[0]);
      return 0;
    } else {
      wanted.push_back(arg);
    }
  }
  const std::vector<Case> cases = {
      {"docx", "rows", 20000, DocxRows},  // DOCX extraction, a merge down the first column
      {"normalizer", "rows", 60000, NormalizerRows},  // NormalizeTable, 4 columns
      {"lattice", "copies", 8, LatticePages},  // BuildLatticeTables, the sample PDF x 8 and x 32
  };
  for (const std::string& name : wanted) {
    if (std::none_of(cases.begin(), cases.end(), [&](const Case& c) { return name == c.name; })) {
      std::fprintf(stderr, "tablift_bench_scaling: unknown case '%s' (docx, normalizer, lattice)\n",
                   name.c_str());
      return 2;
    }
  }
  std::printf("best of %d runs; ratio = large / small, linear ~%g, quadratic ~%g; over %g fails\n",
              runs, kFactor, kFactor * kFactor, max_ratio);
  std::printf("%-11s %-22s %11s %11s %9s %10s  %s\n", "case", "small -> large", "small CPU s",
              "large CPU s", "CPU ratio", "wall ratio", "verdict");
  bool failed = false;
  for (const Case& c : cases) {
    if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), c.name) == wanted.end())
      continue;
    const int large = static_cast<int>(kFactor) * c.small;
    const std::function<void()> small_run = c.prepare(c.small);
    const std::function<void()> large_run = c.prepare(large);
    small_run();  // warm up allocators and caches
    const Times s = BestOf(runs, small_run);
    const Times l = BestOf(runs, large_run);
    const double cpu_ratio = l.cpu / s.cpu;
    const double wall_ratio = l.wall / s.wall;
    const bool ok = cpu_ratio <= max_ratio;
    failed = failed || !ok;
    const std::string sizes =
        std::to_string(c.small) + " -> " + std::to_string(large) + " " + c.unit;
    std::printf("%-11s %-22s %11.3f %11.3f %9.2f %10.2f  %s\n", c.name, sizes.c_str(), s.cpu, l.cpu,
                cpu_ratio, wall_ratio, ok ? "ok" : "TOO SLOW");
  }
  return failed ? 1 : 0;
}
