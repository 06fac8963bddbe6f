#include "cli/options.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <ostream>

#include "cli/page_ranges.h"
#include "core/error.h"
#include "core/version.h"

namespace tablift::cli {
namespace {

// Adds the options `convert` and `inspect` share; `pages` receives the raw --pages text.
void AddInputOptions(CLI::App& cmd, InputOptions& in, std::string& pages) {
  cmd.add_option("inputs", in.inputs, "DOCX or PDF files (format detected from content)")
      ->required();
  cmd.add_option("--password", in.extract.password,
                 "PDF password (also read from the environment variable TABLIFT_PASSWORD)")
      ->envname("TABLIFT_PASSWORD");
  cmd.add_option("--pages", pages, "PDF pages to read, e.g. 1-5,8 (default: all)")
      ->check([](const std::string& text) -> std::string {
        try {
          ParsePageRanges(text);
        } catch (const Error& e) {
          return e.what();
        }
        return "";
      });
  cmd.add_flag("--no-structure-tree{false}", in.extract.use_structure_tree,
               "PDF: ignore the structure tree, use geometry only");
  cmd.add_flag("-v,--verbose", in.verbose, "also print informational diagnostics");
}

void AddConvertOptions(CLI::App& cmd, ConvertOptions& opts,
                       const std::vector<std::string>& format_names) {
  cmd.add_option("-o,--output", opts.output_dir, "output directory (created when missing)")
      ->required();
  cmd.add_option("-f,--format", opts.formats, "formats to write, comma-separated (default: all)")
      ->delimiter(',')
      ->transform(CLI::IsMember(format_names, CLI::ignore_case));
  cmd.add_flag("--grid", opts.grid, "also export each table's raw grid of cells");
  cmd.add_flag("--no-provenance{false}", opts.provenance, "leave out each record's provenance (\"_source\")");
}


void Dedupe(std::vector<std::string>& names) {
  std::vector<std::string> unique;
  for (auto& n : names) {
    if (std::find(unique.begin(), unique.end(), n) == unique.end()) unique.push_back(n);
  }
  names = std::move(unique);
}

}  // namespace

CommandLine ParseCommandLine(const std::vector<std::string>& args,
                             const std::vector<std::string>& format_names, std::ostream& out,
                             std::ostream& err) {
  CommandLine cl;
  CLI::App app("tablift: lifts tables out of DOCX and PDF reports into CSV, JSON and XML",
               "tablift");
  app.set_version_flag("--version", std::string("tablift ") + Version());
  app.require_subcommand(1);
  std::string convert_pages, inspect_pages;
  CLI::App* convert = app.add_subcommand("convert", "write every table as CSV, JSON and XML");
  AddInputOptions(*convert, cl.convert.in, convert_pages);
  AddConvertOptions(*convert, cl.convert, format_names);
  CLI::App* inspect = app.add_subcommand("inspect", "list the tables found in each input");
  AddInputOptions(*inspect, cl.inspect, inspect_pages);

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
    if (!convert_pages.empty()) cl.convert.in.extract.pages = ParsePageRanges(convert_pages);
    Dedupe(cl.convert.formats);
  } else {
    cl.command = Command::kInspect;
    if (!inspect_pages.empty()) cl.inspect.extract.pages = ParsePageRanges(inspect_pages);
  }
  return cl;
}

}  // namespace tablift::cli
