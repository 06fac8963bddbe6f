// The command line as plain structs, and the parser that fills them (CLI11 stays in options.cc).
//
//   tablift convert INPUT... -o OUTDIR|- [--format csv,json,xml] [--grid] [--no-provenance]
//                   [--password PW] [--pages 1-5,8] [--no-structure-tree] [--verbose]
//                   [--table N] [--name-by stem|file] [--name STEM]
//                   [--profile NAME|PATH|auto] [--meta key=value]... [--excel] [--datapackage]
//                   [--dcat]
//   tablift inspect INPUT... [--password PW] [--pages 1-5,8] [--no-structure-tree] [--verbose]
//
// Every field has a default; docs/cli.md documents each option. Thread-compatible values.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "cli/file_sink.h"
#include "cli/profile_options.h"
#include "core/extractor.h"

namespace tablift::cli {

// Options shared by `convert` and `inspect`.
struct InputOptions {
  std::vector<std::string> inputs;  // as given; at least one
  ExtractOptions extract;           // password, pages, use_structure_tree
  bool verbose = false;             // also print kInfo diagnostics
};

struct ConvertOptions {
  InputOptions in;
  std::string output_dir;  // required; created when missing; "-" = standard output (cli/stdio.h)
  // Lowercase exporter names, no duplicates; empty means DefaultFormats() (tablift/export.h).
  std::vector<std::string> formats;
  bool grid = false;               // --grid: also export the raw grids
  bool provenance = true;          // --no-provenance clears it
  std::vector<int> tables;         // --table N[,M]: only these tables (Table::index); empty = all
  NameBy name_by = NameBy::kStem;  // --name-by stem|file
  std::string name;                // --name STEM: the output stem of standard input ("-")
  ProfileOptions typed;            // --profile, --meta, --excel, --datapackage
};

struct BatchOptions;  // cli/batch_options.h

enum class Command { kNone, kConvert, kInspect, kBatch };

// The result of parsing. When `command` is kNone the program must exit with `exit_code`
// (0 after --help or --version, 2 after a usage error); the parser has printed the text.
struct CommandLine {
  Command command = Command::kNone;
  int exit_code = 0;
  ConvertOptions convert;               // filled for kConvert
  InputOptions inspect;                 // filled for kInspect
  std::shared_ptr<BatchOptions> batch;  // filled for kBatch
};

// Parses args (args[0] is the program name). `format_names` are the accepted --format values
// (matched case-insensitively). Help and version text go to `out`, usage errors to `err`.
CommandLine ParseCommandLine(const std::vector<std::string>& args,
                             const std::vector<std::string>& format_names, std::ostream& out,
                             std::ostream& err);

}  // namespace tablift::cli
