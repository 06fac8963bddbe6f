#include "cli/convert.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "cli/datapackage.h"
#include "cli/file_sink.h"
#include "cli/load.h"
#include "cli/report.h"
#include "cli/typed_export.h"
#include "core/error.h"
#include "exporters/registry.h"
#include "normalizer/normalizer.h"

namespace tablift::cli {

std::vector<const Exporter*> SelectExporters(const std::vector<std::string>& requested) {
  const std::vector<std::string>& names = requested.empty() ? DefaultFormats() : requested;
  std::vector<const Exporter*> selected;
  for (const Exporter* e : AllExporters()) {
    const bool wanted =
        std::any_of(names.begin(), names.end(), [&](auto& n) { return FindExporter(n) == e; });
    if (wanted) selected.push_back(e);
  }
  return selected;
}

namespace {

// A typed table's diagnostics include its RecordTable's, so those are printed once.
void PrintDiagnostics(Reporter& reporter, const std::string& input, const ExportDocument& doc) {
  reporter.Print(input, doc.diagnostics);
  for (const RecordTable& t : doc.tables) {
    const auto typed = std::find_if(doc.typed.begin(), doc.typed.end(),
                                    [&](const TypedTable& tt) { return tt.index == t.index; });
    reporter.Print(input, typed == doc.typed.end() ? t.diagnostics : typed->diagnostics);
  }
}

// What every input of a run shares: the exporters, the profile and the run's metadata.
struct RunSetup {
  std::vector<const Exporter*> exporters;
  ProfileChoice profile;
  ExportMetadata metadata;
};

std::vector<std::filesystem::path> ConvertOne(const std::string& input,
                                              const ConvertOptions& options, const RunSetup& run,
                                              Reporter& reporter) {
  const Document doc = LoadDocument(input, options.in.extract);
  ExportDocument out = NormalizeDocument(doc, options.grid);
  if (run.profile.enabled()) ApplyProfiles(out, run.profile, run.metadata);
  PrintDiagnostics(reporter, input, out);
  const ExportOptions export_options{options.grid, options.provenance, options.typed.excel,
                                     options.typed.datapackage};
  FileSink sink(options.output_dir, OutputStem(input));
  for (const Exporter* e : run.exporters) e->Write(out, export_options, sink);
  return sink.Commit();
}

// Problems of the typed-export options that no parser check sees; "" when none.
std::string TypedUsageProblem(const ConvertOptions& options) {
  if (!options.typed.profile.empty() && !options.provenance)
    return "--no-provenance cannot be combined with --profile (typed records keep their source)";
  for (const std::string& input : options.in.inputs) {
    if (options.typed.datapackage && OutputStem(input) + ".json" == kDataPackageName)
      return input + " would write " + kDataPackageName + ", which --datapackage writes";
  }
  return "";
}

// Loads the profile and the run's metadata before any input is read; nullopt after printing
// the problem (its exit code in `code`).
std::optional<RunSetup> PrepareRun(const ConvertOptions& options, std::ostream& err, int& code) {
  try {
    if (const std::string problem = TypedUsageProblem(options); !problem.empty())
      throw Error(ExitCode::kUsage, problem);
    RunSetup run{SelectExporters(options.formats), ProfileChoice(options.typed.profile),
                 RunMetadata(options)};
    return run;
  } catch (const Error& e) {
    err << "tablift: " << e.what() << '\n';
    code = static_cast<int>(e.code());
    return std::nullopt;
  }
}

}  // namespace

int RunConvert(const ConvertOptions& options, std::ostream& err) {
  int code = 0;
  const std::optional<RunSetup> run = PrepareRun(options, err, code);
  if (!run) return code;
  if (const std::string clash = FindStemClash(options.in.inputs); !clash.empty()) {
    err << "tablift: " << clash << '\n';
    return static_cast<int>(ExitCode::kUsage);
  }
  try {
    EnsureOutputDir(options.output_dir);
  } catch (const Error& e) {
    err << "tablift: " << e.what() << '\n';
    return static_cast<int>(e.code());
  }
  Reporter reporter(err, options.in.verbose);
  std::vector<std::filesystem::path> written;
  for (const std::string& input : options.in.inputs) {
    reporter.Run(input, [&] {
      for (auto& path : ConvertOne(input, options, *run, reporter)) written.push_back(path);
    });
  }
  if (options.typed.datapackage) {
    reporter.Run(kDataPackageName,
                 [&] { WriteDataPackage(options.output_dir, written, run->metadata.created); });
  }
  return reporter.exit_code();
}

}  // namespace tablift::cli
