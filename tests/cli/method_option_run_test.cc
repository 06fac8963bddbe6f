// End-to-end runs of `tablift convert --method` (issue 10: "--method auto|lattice|stream|tagged
// forces one") on the border-style fixtures of tests/data/pdf/styles/: each forced method runs,
// and every table it writes names that method.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_test_support.h"

using namespace tablift::cli_test;

namespace {

const fs::path kStyles = fs::path(TABLIFT_SOURCE_DIR) / "tests/data/pdf/styles";

// Converts styles/<stem>.pdf with `--method method` into dir/out; returns the run.
RunResult ConvertWithMethod(const TempDir& dir, const std::string& stem,
                            const std::string& method) {
  fs::copy_file(kStyles / (stem + ".pdf"), dir.path / (stem + ".pdf"));
  return RunProgram(TABLIFT_EXE,
                    {"convert", stem + ".pdf", "-o", "out", "--format", "json", "--method", method},
                    dir.path);
}

// Converts styles/<stem>.pdf with `--method method`; it must succeed and every table it writes
// must name `table_method`, and there must be at least one.
void CheckConvertsWith(const std::string& stem, const std::string& method,
                       const std::string& table_method) {
  TempDir dir;
  const RunResult r = ConvertWithMethod(dir, stem, method);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto doc = nlohmann::json::parse(Slurp(dir.path / "out" / (stem + ".json")));
  CHECK(!doc.at("tables").empty());
  for (const auto& t : doc.at("tables")) CHECK(t.at("method") == table_method);
}

}  // namespace

TEST_CASE("convert --method lattice reads a ruled table with the lattice builder",
          "[cli][e2e][pdf][styles]") {
  CheckConvertsWith("grid", "lattice", "pdf.lattice");
}

TEST_CASE("convert --method lattice finds no table in a PDF without rulings (4)",
          "[cli][e2e][pdf][styles]") {
  TempDir dir;
  const RunResult r = ConvertWithMethod(dir, "none", "lattice");
  CHECK(r.exit_code == 4);
  CHECK(r.err == "tablift: none.pdf: no tables found\n");
  CHECK(ListDir(dir.path / "out").empty());
}

TEST_CASE("convert --method stream reads a table without rulings by text alignment",
          "[cli][e2e][pdf][styles]") {
  CheckConvertsWith("none", "stream", "pdf.stream");
}

TEST_CASE("convert --method stream also runs on a ruled table", "[cli][e2e][pdf][styles]") {
  CheckConvertsWith("grid", "stream", "pdf.stream");
}
