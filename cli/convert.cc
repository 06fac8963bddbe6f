#include "cli/convert.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "cli/datapackage.h"
#include "cli/dcat.h"
#include "cli/file_sink.h"
#include "cli/library_options.h"
#include "cli/report.h"
#include "cli/stdio.h"
#include "cli/table_selection.h"
#include "core/error.h"
#include "core/source.h"
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

// Standard input and output, for "-" (cli/stdio.h).
struct Stdio {
  std::istream& in;
  std::ostream& out;
};

std::vector<std::filesystem::path> ConvertOne(const std::string& input,
                                              const ConvertOptions& options, const RunSetup& run,
                                              Reporter& reporter, const Stdio& io) {
  ExportDocument out =
      input == kStdio
          ? run.converter.Convert(ReadSource(io.in, kStdinName, options.in.extract.limits))
          : run.converter.Convert(input);
  SelectTables(out, options.tables);
  PrintDiagnostics(reporter, input == kStdio ? kStdinName : input, out);
  const std::string stem = InputStem(input, options);
  if (options.output_dir == kStdio) {
    MemorySink memory;
    WriteExports(out, run.formats, ExportOptionsOf(options), memory);
    WriteOneFile(memory, stem, io.out);
    return {};
  }
  FileSink sink(options.output_dir, stem);
  WriteExports(out, run.formats, ExportOptionsOf(options), sink);
  const std::vector<std::string> previous = ReadWrittenList(options.output_dir, stem);
  std::vector<std::filesystem::path> written = sink.Commit();
  RemoveStale(options.output_dir, previous, written);
  WriteWrittenList(options.output_dir, stem, written);
  return written;
}

// Problems of the typed-export options that no parser check sees; "" when none.
std::string TypedUsageProblem(const ConvertOptions& options) {
  if (!options.typed.profile.empty() && !options.provenance)
    return "--no-provenance cannot be combined with --profile (typed records keep their source)";
  for (const std::string& input : options.in.inputs) {
    const std::string stem = InputStem(input, options);
    if (options.typed.datapackage && stem + ".json" == kDataPackageName)
      return input + " would write " + kDataPackageName + ", which --datapackage writes";
    if (options.typed.dcat && stem + ".jsonld" == kDcatName)
      return input + " would write " + kDcatName + ", which --dcat writes";
  }
  return StdioUsageProblem(options);
}

// Two inputs that would write the same files: the usage message, else "".
std::string StemClash(const ConvertOptions& options) {
  const std::vector<std::string>& inputs = options.in.inputs;
  if (std::find(inputs.begin(), inputs.end(), kStdio) == inputs.end())
    return FindStemClash(inputs, options.name_by);
  for (const std::string& input : inputs) {
    if (input != kStdio && InputStem(input, options) == InputStem(kStdio, options))
      return "standard input and " + input + " would write the same output files \"" +
             InputStem(input, options) + ".*\"; name standard input with --name STEM";
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

int RunConvert(const ConvertOptions& options, std::istream& in, std::ostream& out,
               std::ostream& err) {
  int code = 0;
  const std::optional<RunSetup> run = PrepareRun(options, err, code);
  if (!run) return code;
  if (const std::string clash = StemClash(options); !clash.empty()) {
    err << "tablift: " << clash << '\n';
    return static_cast<int>(ExitCode::kUsage);
  }
  try {
    if (options.output_dir != kStdio) EnsureOutputDir(options.output_dir);
  } catch (const Error& e) {
    err << "tablift: " << e.what() << '\n';
    return static_cast<int>(e.code());
  }
  Reporter reporter(err, options.in.verbose);
  std::vector<std::filesystem::path> written;
  const Stdio io{in, out};
  for (const std::string& input : options.in.inputs) {
    reporter.Run(input == kStdio ? kStdinName : input, [&] {
      for (auto& path : ConvertOne(input, options, *run, reporter, io)) written.push_back(path);
    });
  }
  const ExportMetadata& metadata = run->converter.options().metadata;
  if (options.typed.datapackage) {
    reporter.Run(kDataPackageName, [&] {
      WriteDataPackage(options.output_dir, written, metadata.created, metadata.meta);
    });
  }
  if (options.typed.dcat) {
    reporter.Run(kDcatName,
                 [&] { WriteDcat(options.output_dir, written, metadata.created, metadata.meta); });
  }
  return reporter.exit_code();
}

}  // namespace tablift::cli
