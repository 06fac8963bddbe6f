#include "core/error.h"
#include "core/source.h"
#include "extractors/registry.h"
#include "tablift/convert.h"

namespace tablift {

Document LoadDocument(const Source& src, const ExtractOptions& options) {
  if (src.bytes.empty()) throw Error(ExitCode::kBadInput, std::string(kEmptyInput));
  const Extractor& extractor = FindExtractor(src, options.limits);
  Document doc = extractor.Extract(src, options);
  const int pages = doc.source.pages;  // set by the PDF extractor
  doc.source = DescribeSource(src, extractor.FormatName());
  doc.source.pages = pages;
  if (doc.tables.empty()) throw Error(ExitCode::kNoTables, "no tables found");
  return doc;
}

Document LoadDocument(const std::string& path, const ExtractOptions& options) {
  return LoadDocument(ReadSource(path, options.limits), options);
}

}  // namespace tablift
