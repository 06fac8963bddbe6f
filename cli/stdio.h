// `tablift convert` on standard input and output: `-` as INPUT reads the document from
// standard input (its files are named by --name STEM, default "stdin"), `-o -` writes one
// format of one input to standard output instead of files (docs/cli.md, "Pipes").
//
// Nothing reaches standard output until the whole conversion succeeded: the exporters write
// into a MemorySink, and only when it holds exactly one file is that file copied out, so a
// failure never leaves half a document in a pipe.
#pragma once

#include <iosfwd>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/options.h"
#include "core/exporter.h"

namespace tablift::cli {

// The INPUT and OUTDIR that mean standard input and standard output.
inline constexpr const char* kStdio = "-";

// The name standard input goes by in messages and provenance.
inline constexpr const char* kStdinName = "<stdin>";

// The output stem of standard input when --name is not given.
inline constexpr const char* kStdinStem = "stdin";

// The output stem of an input: --name (or "stdin") for "-", else OutputStem by --name-by.
std::string InputStem(const std::string& input, const ConvertOptions& options);

// Problems of the standard input/output options that no parser check sees; "" when none:
// `-o -` with more than one input or format, or with a file-writing option (--excel,
// --datapackage, --dcat); "-" given twice; --name without "-" or with a path in it.
std::string StdioUsageProblem(const ConvertOptions& options);

// An OutputSink that keeps every file in memory, in the order opened.
class MemorySink final : public OutputSink {
 public:
  std::ostream& Open(const std::string& suffix) override;
  // (suffix, bytes) of each file.
  std::vector<std::pair<std::string, std::string>> Files() const;

 private:
  std::vector<std::pair<std::string, std::ostringstream>> files_;
};

// Copies the one file of `sink` to `out`. Throws Error(kUsage) naming the files when the
// sink holds more than one ("<stem>.table-1.csv, ..."; choose one with --table N), and
// Error(kOutput) when `out` fails.
void WriteOneFile(const MemorySink& sink, const std::string& stem, std::ostream& out);

}  // namespace tablift::cli
