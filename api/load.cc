#include "core/error.h"
#include "core/source.h"
#include "extractors/docx/docx_extractor.h"
#include "extractors/pdf/pdf_extractor.h"
#include "tablift/convert.h"

namespace tablift {
namespace {

const Extractor& ExtractorFor(InputFormat format) {
  static const DocxExtractor docx;
  static const PdfExtractor pdf;
  switch (format) {
    case InputFormat::kDocx:
      return docx;
    case InputFormat::kPdf:
      return pdf;
    case InputFormat::kUnknown:
      break;
  }
  throw Error(ExitCode::kBadInput, "unsupported input: neither DOCX (ZIP) nor PDF");
}

}  // namespace

Document LoadDocument(const Source& src, const ExtractOptions& options) {
  const InputFormat format = DetectFormat(src.bytes);
  const Extractor& extractor = ExtractorFor(format);
  Document doc = extractor.Extract(src, options);
  const int pages = doc.source.pages;  // set by the PDF extractor
  doc.source = DescribeSource(src, format);
  doc.source.pages = pages;
  if (doc.tables.empty()) throw Error(ExitCode::kNoTables, "no tables found");
  return doc;
}

Document LoadDocument(const std::string& path, const ExtractOptions& options) {
  return LoadDocument(ReadSource(path, options.limits), options);
}

}  // namespace tablift
