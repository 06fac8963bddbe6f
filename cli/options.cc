#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <map>
#include <ostream>

#include "cli/batch_options.h"
#include "cli/manpage.h"
#include "cli/page_ranges.h"
#include "cli/stdio.h"
#include "core/error.h"
#include "core/version.h"
#include "tablift/export.h"

namespace tablift::cli {
namespace {

// What the parser reads before it becomes InputOptions/ConvertOptions fields.
struct RawFlags {
  std::string pages;   // --pages text, checked by ParsePageRanges
  std::string tables;  // --table text (convert), checked the same way
  bool no_structure_tree = false;
  bool no_provenance = false;
  std::uint64_t max_input_mb = 0;  // --max-input-mb, --max-entry-mb, --max-cell-kb
  std::uint64_t max_entry_mb = 0;
  std::uint64_t max_cell_kb = 0;
  std::uint64_t max_output_mb = 0;
};

constexpr std::uint64_t kMiB = 1u << 20;
constexpr std::uint64_t kKiB = 1u << 10;

// The resource limits of core/limits.h (docs/limits.md), each with its default shown in --help.
// Sizes are given in MiB/KiB on the command line and kept in RawFlags until ApplyRaw.
void AddLimitOptions(CLI::App& cmd, Limits& limits, RawFlags& raw) {
  raw.max_input_mb = limits.max_input_bytes / kMiB;
  raw.max_entry_mb = limits.max_entry_bytes / kMiB;
  raw.max_cell_kb = limits.max_cell_text_bytes / kKiB;
  raw.max_output_mb = limits.max_output_bytes / kMiB;
  const auto limit = [&cmd](const char* name, auto& value, const char* help) {
    cmd.add_option(name, value, help)
        ->capture_default_str()
        ->check(CLI::PositiveNumber)
        ->group("Limits");
  };
  limit("--max-input-mb", raw.max_input_mb, "largest input file, MiB");
  limit("--max-entry-mb", raw.max_entry_mb, "largest inflated DOCX part, MiB");
  limit("--max-pages", limits.max_pages, "most PDF pages read");
  limit("--max-rows", limits.max_grid_rows, "most grid rows of one table");
  limit("--max-cols", limits.max_grid_cols, "most grid columns of one table");
  limit("--max-cells", limits.max_cells_per_table, "most cells of one table");
  limit("--max-cell-kb", raw.max_cell_kb, "most text kept in one cell, KiB");
  limit("--max-nesting", limits.max_nesting_depth, "deepest DOCX table nesting");
  limit("--max-output-mb", raw.max_output_mb,
        "most text one input's records may hold, MiB (merged cells count per record)");
  cmd.add_option("--max-seconds", limits.max_seconds,
                 "longest extraction of one document, seconds (0: no limit)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber)
      ->group("Limits");
}

// A --pages or --table value: "" when ParsePageRanges accepts it, else its message.
std::string RangesCheck(const std::string& text) {
  try {
    ParsePageRanges(text);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// Adds the options `convert` and `inspect` share.
void AddInputOptions(CLI::App& cmd, InputOptions& in, RawFlags& raw) {
  cmd.add_option("INPUT", in.inputs, "DOCX, ODT or PDF files (format detected from content)")
      ->required();
  cmd.add_option("--password", in.extract.password, "PDF password")->envname("TABLIFT_PASSWORD");
  cmd.add_option("--pages", raw.pages, "PDF pages to read, e.g. 1-5,8 (default: all)")
      ->check(RangesCheck);
  cmd.add_flag("--no-structure-tree", raw.no_structure_tree,
               "PDF: ignore the structure tree, use geometry only");
  cmd.add_option("--method", in.extract.table_method,
                 "PDF table finding: auto, lattice (ruled), stream (aligned text) or tagged")
      ->transform(CLI::IsMember({"auto", "lattice", "stream", "tagged"}, CLI::ignore_case));
  cmd.add_flag("-v,--verbose", in.verbose, "also print informational diagnostics");
  AddLimitOptions(cmd, in.extract.limits, raw);
}

void AddConvertOptions(CLI::App& cmd, ConvertOptions& opts, RawFlags& raw,
                       const std::vector<std::string>& format_names) {
  cmd.add_option("-o,--output", opts.output_dir, "output directory (created when missing)")
      ->required();
  cmd.add_option("--name-by", opts.name_by,
                 "name each input's files by its stem (report.json) or whole file name "
                 "(report.docx.json)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, NameBy>{{"stem", NameBy::kStem}, {"file", NameBy::kFile}},
          CLI::ignore_case));
  cmd.add_option("-f,--format", opts.formats,
                 "formats to write, comma-separated (default: csv,json,xml)")
      ->delimiter(',')
      ->transform(CLI::IsMember(format_names, CLI::ignore_case));
  cmd.add_flag("--grid", opts.grid, "also export each table's raw grid of cells");
  cmd.add_flag("--no-provenance", raw.no_provenance,
               "leave out each record's provenance (\"_source\")");
}

void ApplyRaw(const RawFlags& raw, InputOptions& in) {
  if (!raw.pages.empty()) in.extract.pages = ParsePageRanges(raw.pages);
  in.extract.use_structure_tree = !raw.no_structure_tree;
  Limits& limits = in.extract.limits;
  limits.max_input_bytes = raw.max_input_mb * kMiB;
  limits.max_entry_bytes = raw.max_entry_mb * kMiB;
  limits.max_cell_text_bytes = raw.max_cell_kb * kKiB;
  limits.max_output_bytes = raw.max_output_mb * kMiB;
}

// Drops repeated names; no --format at all means the default formats.
void FinishFormats(std::vector<std::string>& names) {
  if (names.empty()) names = DefaultFormats();
  std::vector<std::string> unique;
  for (auto& n : names) {
    if (std::find(unique.begin(), unique.end(), n) == unique.end()) unique.push_back(n);
  }
  names = std::move(unique);
}

// Every option takes exactly one value per occurrence, as in any Unix tool: `-f json a.docx`
// leaves a.docx to INPUT, and a repeatable option (--meta) takes one value each time.
void OneValueEach(CLI::App& cmd) {
  for (CLI::Option* opt : cmd.get_options()) {
    if (!opt->get_positional()) opt->allow_extra_args(false);
  }
}

// A first word that is no option and names no subcommand: "" when none, else the message.
std::string UnknownSubcommand(const CLI::App& app, const std::vector<std::string>& args) {
  if (args.size() < 2 || args[1].empty() || args[1][0] == '-') return "";
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == args[1]) return "";
  }
  return "unknown command '" + args[1] + "'; the commands are " + SubcommandNames(app);
}

constexpr const char* kManFlag = "--help-man";
constexpr const char* kCompletionFlag = "--help-completion";

// The CLI11 tree of the command line, bound to the fields of one CommandLine.
struct Parser {
  CLI::App app{"tablift: lifts tables out of DOCX and PDF reports into CSV, JSON and XML",
               "tablift"};
  RawFlags convert_raw, inspect_raw, batch_raw;
  std::string shard;
  std::shared_ptr<BatchOptions> batch_opts = std::make_shared<BatchOptions>();
  CLI::App* convert = nullptr;
  CLI::App* inspect = nullptr;
  CLI::App* batch = nullptr;
  bool man = false, completion = false;  // the hidden generators (build step, tests)
};

void AddSubcommands(Parser& p, CommandLine& cl, const std::vector<std::string>& format_names) {
  p.convert = p.app.add_subcommand("convert", "write every table as CSV, JSON and XML");
  AddInputOptions(*p.convert, cl.convert.in, p.convert_raw);
  AddConvertOptions(*p.convert, cl.convert, p.convert_raw, format_names);
  p.convert
      ->add_option("--table", p.convert_raw.tables,
                   "only these tables, by the number inspect prints, e.g. 2 or 1,3-4")
      ->check(RangesCheck);
  p.convert->add_option("--name", cl.convert.name,
                        "output stem of standard input (INPUT -), default \"stdin\"");
  p.convert->get_option("INPUT")->description(
      "DOCX, ODT or PDF files (format detected from content); - reads standard input");
  p.convert->get_option("-o")->description(
      "output directory (created when missing), or - for one format on standard output");
  AddProfileOptions(*p.convert, cl.convert.typed);
  p.inspect = p.app.add_subcommand("inspect", "list the tables found in each input");
  AddInputOptions(*p.inspect, cl.inspect, p.inspect_raw);
  p.batch = p.app.add_subcommand("batch", "convert many files, each isolated (docs/batch.md)");
  AddInputOptions(*p.batch, p.batch_opts->convert.in, p.batch_raw);
  AddConvertOptions(*p.batch, p.batch_opts->convert, p.batch_raw, format_names);
  p.batch->get_option("INPUT")->required(false)->description(
      "folders (walked recursively), DOCX/PDF files, or quoted glob patterns");
  AddBatchOptions(*p.batch, *p.batch_opts, p.shard);
  p.batch
      ->add_option("--table", p.batch_raw.tables,
                   "only these tables of every input, by the number inspect prints, e.g. 1")
      ->check(RangesCheck);
  AddProfileOptions(*p.batch, p.batch_opts->convert.typed);
  for (CLI::App* sub : {p.convert, p.inspect, p.batch}) OneValueEach(*sub);
  // The one list option (docs/batch.md: "--merge-reports REPORT..."); it takes no INPUT.
  p.batch->get_option("--merge-reports")->allow_extra_args(true);
}

void BuildParser(Parser& p, CommandLine& cl, const std::vector<std::string>& format_names) {
  p.app.set_version_flag("--version", std::string("tablift ") + Version());
  // Hidden (no group): they print what the build installs, generated from this very tree.
  p.app.add_flag(kManFlag, p.man, "print the man page (roff)")->group("");
  p.app.add_flag(kCompletionFlag, p.completion, "print the bash completion script")->group("");
  p.app.require_subcommand(0, 1);
  p.app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("tablift: ") + e.what() + "\nRun 'tablift --help' for more information.\n";
  });
  AddSubcommands(p, cl, format_names);
}

// The parsed subcommand's fields, finished (page ranges, sizes, formats, shard).
void Finish(Parser& p, CommandLine& cl) {
  if (p.convert->parsed()) {
    cl.command = Command::kConvert;
    ApplyRaw(p.convert_raw, cl.convert.in);
    cl.convert.provenance = !p.convert_raw.no_provenance;
    if (!p.convert_raw.tables.empty()) cl.convert.tables = ParsePageRanges(p.convert_raw.tables);
    // Standard output takes one format: JSON unless another is named.
    if (cl.convert.output_dir == kStdio && cl.convert.formats.empty())
      cl.convert.formats = {"json"};
    FinishFormats(cl.convert.formats);
  } else if (p.batch->parsed()) {
    cl.command = Command::kBatch;
    BatchOptions& b = *p.batch_opts;
    ApplyRaw(p.batch_raw, b.convert.in);
    b.convert.provenance = !p.batch_raw.no_provenance;
    if (!p.batch_raw.tables.empty()) b.convert.tables = ParsePageRanges(p.batch_raw.tables);
    FinishFormats(b.convert.formats);
    if (!p.shard.empty()) ParseShard(p.shard, b.shard_index, b.shard_count);
    cl.batch = p.batch_opts;
  } else {
    cl.command = Command::kInspect;
    ApplyRaw(p.inspect_raw, cl.inspect);
  }
}

// After a parse without a subcommand: the generators' text, or the "required" usage error.
int NoSubcommand(const Parser& p, std::ostream& out, std::ostream& err) {
  if (p.man) out << ManPage(p.app);
  if (p.completion) out << BashCompletion(p.app);
  if (p.man || p.completion) return 0;
  err << "tablift: a command is required: " << SubcommandNames(p.app)
      << "\nRun 'tablift --help' for more information.\n";
  return static_cast<int>(ExitCode::kUsage);
}

}  // namespace

CommandLine ParseCommandLine(const std::vector<std::string>& args,
                             const std::vector<std::string>& format_names, std::ostream& out,
                             std::ostream& err) {
  CommandLine cl;
  Parser p;
  BuildParser(p, cl, format_names);
  if (const std::string unknown = UnknownSubcommand(p.app, args); !unknown.empty()) {
    err << "tablift: " << unknown << "\nRun 'tablift --help' for more information.\n";
    cl.exit_code = static_cast<int>(ExitCode::kUsage);
    return cl;
  }
  std::vector<const char*> argv;
  if (args.empty()) argv.push_back("tablift");
  for (const auto& a : args) argv.push_back(a.c_str());
  try {
    p.app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    const int code = p.app.exit(e, out, err);
    cl.exit_code = code == 0 ? 0 : static_cast<int>(ExitCode::kUsage);
    return cl;
  }
  if (p.app.get_subcommands().empty()) {
    cl.exit_code = NoSubcommand(p, out, err);
    return cl;
  }
  Finish(p, cl);
  return cl;
}

}  // namespace tablift::cli
