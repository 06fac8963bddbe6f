#include "cli/load.h"

#include "core/error.h"
#include "core/source.h"
#include "extractors/registry.h"

namespace tablift::cli {

Document LoadDocument(const std::string& path, const ExtractOptions& options) {
  const Source src = ReadSource(path, options.limits);
  const Extractor& extractor = FindExtractor(src, options.limits);
  Document doc = extractor.Extract(src, options);
  const int pages = doc.source.pages;  // set by the PDF extractor
  doc.source = DescribeSource(src, extractor.FormatName());
  doc.source.pages = pages;
  if (doc.tables.empty()) throw Error(ExitCode::kNoTables, "no tables found");
  return doc;
}

}  // namespace tablift::cli
