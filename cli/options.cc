#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <ostream>

#include "cli/batch_options.h"
#include "cli/page_ranges.h"
#include "core/error.h"
#include "core/version.h"

namespace tablift::cli {
namespace {

// What the parser reads before it becomes InputOptions/ConvertOptions fields.
struct RawFlags {
  std::string pages;  // --pages text, checked by ParsePageRanges
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

// Adds the options `convert` and `inspect` share.
void AddInputOptions(CLI::App& cmd, InputOptions& in, RawFlags& raw) {
  cmd.add_option("INPUT", in.inputs, "DOCX or PDF files (format detected from content)")
      ->required();
  cmd.add_option("--password", in.extract.password, "PDF password")->envname("TABLIFT_PASSWORD");
  cmd.add_option("--pages", raw.pages, "PDF pages to read, e.g. 1-5,8 (default: all)")
      ->check([](const std::string& text) -> std::string {
        try {
          ParsePageRanges(text);
        } catch (const Error& e) {
          return e.what();
        }
        return "";
      });
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

}  // namespace

const std::vector<std::string>& DefaultFormats() {
  static const std::vector<std::string> formats = {"csv", "json", "xml"};
  return formats;
}

CommandLine ParseCommandLine(const std::vector<std::string>& args,
                             const std::vector<std::string>& format_names, std::ostream& out,
                             std::ostream& err) {
  CommandLine cl;
  CLI::App app("tablift: lifts tables out of DOCX and PDF reports into CSV, JSON and XML",
               "tablift");
  app.set_version_flag("--version", std::string("tablift ") + Version());
  app.require_subcommand(1);
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("tablift: ") + e.what() + "\nRun 'tablift --help' for more information.\n";
  });
  RawFlags convert_raw, inspect_raw;
  CLI::App* convert = app.add_subcommand("convert", "write every table as CSV, JSON and XML");
  AddInputOptions(*convert, cl.convert.in, convert_raw);
  AddConvertOptions(*convert, cl.convert, convert_raw, format_names);
  AddProfileOptions(*convert, cl.convert.typed);
  CLI::App* inspect = app.add_subcommand("inspect", "list the tables found in each input");
  AddInputOptions(*inspect, cl.inspect, inspect_raw);
  auto batch_opts = std::make_shared<BatchOptions>();
  RawFlags batch_raw;
  std::string shard;
  CLI::App* batch =
      app.add_subcommand("batch", "convert many files, each isolated (docs/batch.md)");
  AddInputOptions(*batch, batch_opts->convert.in, batch_raw);
  AddConvertOptions(*batch, batch_opts->convert, batch_raw, format_names);
  batch->get_option("INPUT")->required(false)->description(
      "folders (walked recursively), DOCX/PDF files, or quoted glob patterns");
  AddBatchOptions(*batch, *batch_opts, shard);
  AddProfileOptions(*batch, batch_opts->convert.typed);

  std::vector<const char*> argv;
  if (args.empty()) argv.push_back("tablift");
  for (const auto& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    cl.exit_code = code == 0 ? 0 : static_cast<int>(ExitCode::kUsage);
    return cl;
  }
  if (convert->parsed()) {
    cl.command = Command::kConvert;
    ApplyRaw(convert_raw, cl.convert.in);
    cl.convert.provenance = !convert_raw.no_provenance;
    FinishFormats(cl.convert.formats);
  } else if (batch->parsed()) {
    cl.command = Command::kBatch;
    ApplyRaw(batch_raw, batch_opts->convert.in);
    batch_opts->convert.provenance = !batch_raw.no_provenance;
    FinishFormats(batch_opts->convert.formats);
    if (!shard.empty()) ParseShard(shard, batch_opts->shard_index, batch_opts->shard_count);
    cl.batch = batch_opts;
  } else {
    cl.command = Command::kInspect;
    ApplyRaw(inspect_raw, cl.inspect);
  }
  return cl;
}

}  // namespace tablift::cli
