#include "cli/convert.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "cli/datapackage.h"
#include "cli/file_sink.h"
#include "cli/library_options.h"
#include "cli/report.h"
#include "cli/table_selection.h"
#include "core/error.h"
#include "tablift/convert.h"
#include "tablift/export.h"

namespace tablift::cli {

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

// What every input of a run shares: the formats and the converter (its profile and metadata).
struct RunSetup {
  std::vector<std::string> formats;
  Converter converter;
};

std::vector<std::filesystem::path> ConvertOne(const std::string& input,
                                              const ConvertOptions& options, const RunSetup& run,
                                              Reporter& reporter) {
  ExportDocument out = run.converter.Convert(input);
  SelectTables(out, options.tables);
  PrintDiagnostics(reporter, input, out);
  FileSink sink(options.output_dir, OutputStem(input));
  WriteExports(out, run.formats, ExportOptionsOf(options), sink);
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
    return RunSetup{ResolveFormats(options.formats), Converter(LibraryOptions(options))};
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
    reporter.Run(kDataPackageName, [&] {
      WriteDataPackage(options.output_dir, written, run->converter.options().metadata.created,
                       run->converter.options().metadata.meta);
    });
  }
  return reporter.exit_code();
}

}  // namespace tablift::cli
