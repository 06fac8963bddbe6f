#include "cli/inspect.h"

#include <ostream>

#include "cli/inspect_text.h"
#include "cli/report.h"
#include "tablift/convert.h"

namespace tablift::cli {

int RunInspect(const InputOptions& options, std::ostream& out, std::ostream& err) {
  Reporter reporter(err, options.verbose);
  bool first = true;
  for (const std::string& input : options.inputs) {
    reporter.Run(input, [&] {
      const Document doc = LoadDocument(input, options.extract);
      const ExportDocument normalized = Converter({.extract = options.extract}).Convert(doc);
      reporter.Print(input, normalized.diagnostics);
      for (const RecordTable& t : normalized.tables) reporter.Print(input, t.diagnostics);
      out << (first ? "" : "\n") << InspectText(doc, normalized.tables) << std::flush;
      first = false;
    });
  }
  return reporter.exit_code();
}

}  // namespace tablift::cli
