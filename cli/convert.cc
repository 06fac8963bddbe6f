#include "cli/convert.h"

#include <algorithm>
#include <ostream>

#include "cli/file_sink.h"
#include "cli/load.h"
#include "cli/report.h"
#include "core/error.h"
#include "exporters/registry.h"
#include "normalizer/normalizer.h"

namespace tablift::cli {
namespace {

// The selected exporters in registry order (so output does not depend on the option's order).
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

void PrintDiagnostics(Reporter& reporter, const std::string& input, const ExportDocument& doc) {
  reporter.Print(input, doc.diagnostics);
  for (const RecordTable& t : doc.tables) reporter.Print(input, t.diagnostics);
}

void ConvertOne(const std::string& input, const ConvertOptions& options,
                const std::vector<const Exporter*>& exporters, Reporter& reporter) {
  const Document doc = LoadDocument(input, options.in.extract);
  const ExportDocument out = NormalizeDocument(doc, options.grid);
  PrintDiagnostics(reporter, input, out);
  const ExportOptions export_options{options.grid, options.provenance};
  FileSink sink(options.output_dir, OutputStem(input));
  for (const Exporter* e : exporters) e->Write(out, export_options, sink);
  sink.Commit();
}

}  // namespace

int RunConvert(const ConvertOptions& options, std::ostream& err) {
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
  const std::vector<const Exporter*> exporters = SelectExporters(options.formats);
  Reporter reporter(err, options.in.verbose);
  for (const std::string& input : options.in.inputs) {
    reporter.Run(input, [&] { ConvertOne(input, options, exporters, reporter); });
  }
  return reporter.exit_code();
}

}  // namespace tablift::cli
