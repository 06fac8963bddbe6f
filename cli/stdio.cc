#include "cli/stdio.h"

#include <algorithm>
#include <ostream>

#include "core/error.h"

namespace tablift::cli {

std::string InputStem(const std::string& input, const ConvertOptions& options) {
  if (input == kStdio) return options.name.empty() ? kStdinStem : options.name;
  return OutputStem(input, options.name_by);
}

std::string StdioUsageProblem(const ConvertOptions& options) {
  const std::vector<std::string>& inputs = options.in.inputs;
  const auto stdin_count = std::count(inputs.begin(), inputs.end(), std::string(kStdio));
  if (stdin_count > 1) return "standard input (-) can be read only once";
  if (!options.name.empty()) {
    if (stdin_count == 0) return "--name names standard input (-), which is not an input";
    if (options.name.find('/') != std::string::npos || options.name == "." || options.name == "..")
      return "--name '" + options.name + "' must be a file name stem, without '/'";
  }
  if (options.output_dir != kStdio) return "";
  if (inputs.size() != 1)
    return "-o - writes one input to standard output; " + std::to_string(inputs.size()) +
           " were given";
  if (options.formats.size() != 1)
    return "-o - writes one format to standard output; choose it with --format "
           "json|jsonl|csv|xml";
  if (options.typed.excel) return "--excel writes a second file and cannot be used with -o -";
  if (options.typed.datapackage)
    return "--datapackage describes files and cannot be used with -o -";
  if (options.typed.dcat) return "--dcat describes files and cannot be used with -o -";
  return "";
}

std::ostream& MemorySink::Open(const std::string& suffix) {
  files_.emplace_back(suffix, std::ostringstream());
  return files_.back().second;
}

std::vector<std::pair<std::string, std::string>> MemorySink::Files() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [suffix, stream] : files_) out.emplace_back(suffix, stream.str());
  return out;
}

void WriteOneFile(const MemorySink& sink, const std::string& stem, std::ostream& out) {
  const auto files = sink.Files();
  if (files.size() != 1) {
    std::string names;
    for (const auto& [suffix, bytes] : files) names += (names.empty() ? "" : ", ") + stem + suffix;
    throw Error(ExitCode::kUsage, "standard output takes one file, and this input writes " +
                                      std::to_string(files.size()) + " (" + names +
                                      "); choose one table with --table N or write to a folder");
  }
  out << files.front().second;
  out.flush();
  if (!out) throw Error(ExitCode::kOutput, "cannot write to standard output");
}

}  // namespace tablift::cli
