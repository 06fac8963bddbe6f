#include "tablift/export.h"

#include <algorithm>

#include "core/error.h"
#include "exporters/registry.h"

namespace tablift {
namespace {

std::string KnownList() {
  std::string known;
  for (const std::string& n : FormatNames()) known += (known.empty() ? "" : ", ") + n;
  return known;
}

}  // namespace

std::vector<std::string> FormatNames() {
  std::vector<std::string> names;
  for (const Exporter* e : AllExporters()) names.emplace_back(e->Name());
  return names;
}

const std::vector<std::string>& DefaultFormats() {
  static const std::vector<std::string> formats = {"csv", "json", "xml"};
  return formats;
}

std::vector<std::string> ResolveFormats(const std::vector<std::string>& requested) {
  const std::vector<std::string>& names = requested.empty() ? DefaultFormats() : requested;
  for (const std::string& n : names) {
    if (FindExporter(n) == nullptr)
      throw Error(ExitCode::kUsage, "unknown format '" + n + "' (known: " + KnownList() + ")");
  }
  std::vector<std::string> resolved;
  for (const Exporter* e : AllExporters()) {
    const bool wanted =
        std::any_of(names.begin(), names.end(), [&](auto& n) { return FindExporter(n) == e; });
    if (wanted) resolved.emplace_back(e->Name());
  }
  return resolved;
}

void WriteExports(const ExportDocument& doc, const std::vector<std::string>& formats,
                  const ExportOptions& options, OutputSink& sink) {
  for (const std::string& name : ResolveFormats(formats))
    FindExporter(name)->Write(doc, options, sink);
}

}  // namespace tablift
