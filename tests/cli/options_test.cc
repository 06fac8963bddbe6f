#include "cli/options.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "core/version.h"

using tablift::cli::Command;
using tablift::cli::CommandLine;

namespace {

const std::vector<std::string> kFormats = {"csv", "json", "xml"};

struct Parsed {
  CommandLine cl;
  std::string out, err;
};

Parsed Parse(std::vector<std::string> args) {
  args.insert(args.begin(), "tablift");
  std::ostringstream out, err;
  CommandLine cl = tablift::cli::ParseCommandLine(args, kFormats, out, err);
  return {std::move(cl), out.str(), err.str()};
}

}  // namespace

TEST_CASE("convert parses into its options struct with defaults", "[cli][options]") {
  const Parsed p = Parse({"convert", "a.docx", "b.pdf", "-o", "out"});
  REQUIRE(p.cl.command == Command::kConvert);
  const auto& c = p.cl.convert;
  CHECK(c.in.inputs == std::vector<std::string>{"a.docx", "b.pdf"});
  CHECK(c.output_dir == "out");
  CHECK(c.formats == std::vector<std::string>{"csv", "json", "xml"});
  CHECK_FALSE(c.grid);
  CHECK(c.provenance);
  CHECK(c.in.extract.use_structure_tree);
  CHECK(c.in.extract.pages.empty());
  CHECK(c.in.extract.password.empty());
  CHECK_FALSE(c.in.verbose);
}

TEST_CASE("convert options set every field", "[cli][options]") {
  const Parsed p = Parse({"convert", "a.pdf", "-o", "out", "--format", "JSON,csv,json", "--grid",
                          "--no-provenance", "--password", "pw", "--pages", "1-3,5",
                          "--no-structure-tree", "--verbose"});
  REQUIRE(p.cl.command == Command::kConvert);
  const auto& c = p.cl.convert;
  CHECK(c.formats == std::vector<std::string>{"json", "csv"});
  CHECK(c.grid);
  CHECK_FALSE(c.provenance);
  CHECK(c.in.extract.password == "pw");
  CHECK(c.in.extract.pages == std::vector<int>{1, 2, 3, 5});
  CHECK_FALSE(c.in.extract.use_structure_tree);
  CHECK(c.in.verbose);
}

TEST_CASE("inspect parses its inputs and PDF options", "[cli][options]") {
  const Parsed p = Parse({"inspect", "a.pdf", "--pages", "2"});
  REQUIRE(p.cl.command == Command::kInspect);
  CHECK(p.cl.inspect.inputs == std::vector<std::string>{"a.pdf"});
  CHECK(p.cl.inspect.extract.pages == std::vector<int>{2});
}

TEST_CASE("usage errors exit with 2 and CLI11's message on stderr", "[cli][options]") {
  const std::vector<std::vector<std::string>> bad = {
      {},
      {"frobnicate"},
      {"convert", "-o", "out"},
      {"convert", "a.docx"},
      {"convert", "a.docx", "-o", "out", "--format", "pdf"},
      {"convert", "a.docx", "-o", "out", "--bogus"},
      {"convert", "a.pdf", "-o", "out", "--pages", "5-1"},
      {"inspect"},
  };
  for (const auto& args : bad) {
    const Parsed p = Parse(args);
    INFO(p.err);
    CHECK(p.cl.command == Command::kNone);
    CHECK(p.cl.exit_code == 2);
    CHECK_THAT(p.err, Catch::StartsWith("tablift: ") &&
                          Catch::EndsWith("\nRun 'tablift --help' for more information.\n"));
    CHECK(p.out.empty());
  }
}

TEST_CASE("a bad --pages value is named in the error", "[cli][options]") {
  const Parsed p = Parse({"convert", "a.pdf", "-o", "out", "--pages", "x"});
  CHECK(p.err ==
        "tablift: --pages: invalid page range \"x\": expected page numbers such as 1-5,8\n"
        "Run 'tablift --help' for more information.\n");
}

TEST_CASE("the --version flag prints the version and exits 0", "[cli][options]") {
  const Parsed p = Parse({"--version"});
  CHECK(p.cl.command == Command::kNone);
  CHECK(p.cl.exit_code == 0);
  CHECK(p.out == std::string("tablift ") + tablift::Version() + "\n");
}

TEST_CASE("the --help flag lists the commands and exits 0", "[cli][options]") {
  const Parsed p = Parse({"--help"});
  CHECK(p.cl.exit_code == 0);
  CHECK_THAT(p.out, Catch::Contains("convert") && Catch::Contains("inspect"));
  const Parsed sub = Parse({"convert", "--help"});
  CHECK(sub.cl.exit_code == 0);
  CHECK_THAT(sub.out, Catch::Contains("--format") && Catch::Contains("--pages"));
}

TEST_CASE("limit options reach ExtractOptions::limits, sizes converted from MiB and KiB",
          "[cli][options][limits]") {
  const Parsed d = Parse({"convert", "a.docx", "-o", "out"});
  REQUIRE(d.cl.command == Command::kConvert);
  const tablift::Limits defaults;
  CHECK(d.cl.convert.in.extract.limits.max_entry_bytes == defaults.max_entry_bytes);
  CHECK(d.cl.convert.in.extract.limits.max_input_bytes == defaults.max_input_bytes);
  CHECK(d.cl.convert.in.extract.limits.max_cell_text_bytes == defaults.max_cell_text_bytes);

  const Parsed p = Parse({"convert", "a.docx", "-o", "out", "--max-input-mb", "3",
                          "--max-entry-mb", "2", "--max-pages", "7", "--max-rows", "11",
                          "--max-cols", "5", "--max-cells", "99", "--max-cell-kb", "4",
                          "--max-nesting", "3", "--max-seconds", "1.5"});
  REQUIRE(p.cl.command == Command::kConvert);
  const tablift::Limits& l = p.cl.convert.in.extract.limits;
  CHECK(l.max_input_bytes == 3u << 20);
  CHECK(l.max_entry_bytes == 2u << 20);
  CHECK(l.max_pages == 7);
  CHECK(l.max_grid_rows == 11);
  CHECK(l.max_grid_cols == 5);
  CHECK(l.max_cells_per_table == 99);
  CHECK(l.max_cell_text_bytes == 4u << 10);
  CHECK(l.max_nesting_depth == 3);
  CHECK(l.max_seconds == 1.5);
}

TEST_CASE("limit options refuse zero and negative sizes as usage errors",
          "[cli][options][limits]") {
  for (const char* opt : {"--max-entry-mb", "--max-pages", "--max-rows", "--max-cell-kb"}) {
    INFO(opt);
    const Parsed p = Parse({"convert", "a.docx", "-o", "out", opt, "0"});
    CHECK(p.cl.command == Command::kNone);
    CHECK(p.cl.exit_code == 2);
  }
  const Parsed s = Parse({"inspect", "a.pdf", "--max-seconds", "-1"});
  CHECK(s.cl.exit_code == 2);
}
