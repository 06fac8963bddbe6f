#include "cli/options.h"

#include <catch2/catch.hpp>
#include <cctype>
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

  const Parsed p = Parse({"convert",
                          "a.docx",
                          "-o",
                          "out",
                          "--max-input-mb",
                          "3",
                          "--max-entry-mb",
                          "2",
                          "--max-pages",
                          "7",
                          "--max-rows",
                          "11",
                          "--max-cols",
                          "5",
                          "--max-cells",
                          "99",
                          "--max-cell-kb",
                          "4",
                          "--max-nesting",
                          "3",
                          "--max-seconds",
                          "1.5"});
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

TEST_CASE("single-value options take one value, the next word stays an input", "[cli][options]") {
  const Parsed p = Parse({"convert", "-f", "json", "report.docx", "-o", "out"});
  INFO(p.err);
  REQUIRE(p.cl.command == Command::kConvert);
  CHECK(p.cl.convert.formats == std::vector<std::string>{"json"});
  CHECK(p.cl.convert.in.inputs == std::vector<std::string>{"report.docx"});
  const Parsed comma = Parse({"convert", "a.docx", "-f", "json,csv", "-o", "out"});
  CHECK(comma.cl.convert.formats == std::vector<std::string>{"json", "csv"});
}

TEST_CASE("each --meta takes one key=value, once per occurrence", "[cli][options]") {
  const Parsed p =
      Parse({"convert", "--meta", "a=b", "report.docx", "--meta", "title=T x", "-o", "out"});
  INFO(p.err);
  REQUIRE(p.cl.command == Command::kConvert);
  CHECK(p.cl.convert.typed.meta == std::vector<std::string>{"a=b", "title=T x"});
  CHECK(p.cl.convert.in.inputs == std::vector<std::string>{"report.docx"});
}

TEST_CASE("an unknown command says so and lists the commands", "[cli][options]") {
  const Parsed p = Parse({"frobnicate", "a.docx"});
  CHECK(p.cl.command == Command::kNone);
  CHECK(p.cl.exit_code == 2);
  CHECK(p.err ==
        "tablift: unknown command 'frobnicate'; the commands are convert, inspect, batch\n"
        "Run 'tablift --help' for more information.\n");
  const Parsed none = Parse({});
  CHECK_THAT(none.err, Catch::Contains("a command is required: convert, inspect, batch"));
}

TEST_CASE("the man page and completion are generated from the option definitions",
          "[cli][options][man]") {
  const Parsed man = Parse({"--help-man"});
  CHECK(man.cl.exit_code == 0);
  CHECK_THAT(man.out, Catch::StartsWith(".TH TABLIFT 1"));
  const Parsed help = Parse({"batch", "--help"});
  // Every long option of `batch --help` is in the man page, in roff's \- spelling.
  for (std::size_t at = help.out.find("--"); at != std::string::npos;
       at = help.out.find("--", at + 2)) {
    std::size_t end = at + 2;
    while (end < help.out.size() &&
           (std::isalnum(static_cast<unsigned char>(help.out[end])) || help.out[end] == '-'))
      ++end;
    std::string roff;
    for (char c : help.out.substr(at, end - at))
      roff += c == '-' ? std::string("\\-") : std::string(1, c);
    INFO(help.out.substr(at, end - at));
    CHECK_THAT(man.out, Catch::Contains("\\fB" + roff + "\\fR"));
  }
  const Parsed comp = Parse({"--help-completion"});
  CHECK_THAT(comp.out,
             Catch::Contains("complete -o filenames -o bashdefault -F _tablift tablift") &&
                 Catch::Contains("--format|-f) COMPREPLY=($(compgen -W \"csv json xml\""));
}

TEST_CASE("convert --table takes table numbers and ranges", "[cli][options]") {
  const Parsed p = Parse({"convert", "a.docx", "--table", "3,1-2", "-o", "out"});
  REQUIRE(p.cl.command == Command::kConvert);
  CHECK(p.cl.convert.tables == std::vector<int>{1, 2, 3});
  CHECK(Parse({"convert", "a.docx", "-o", "out"}).cl.convert.tables.empty());
  CHECK(Parse({"convert", "a.docx", "--table", "0", "-o", "out"}).cl.exit_code == 2);
}
