#include "extractors/docx/docx_extractor.h"

#include "extractors/docx/document_walker.h"
#include "extractors/docx/package.h"
#include "extractors/package/zip_reader.h"

namespace tablift {

Document DocxExtractor::Extract(const Source& src, const ExtractOptions& options) const {
  const package::ZipReader zip(src.bytes);
  docx::Package package;
  docx::LoadPackage(zip, options.limits, package);
  return docx::DocumentWalker(package, options).Walk();
}

}  // namespace tablift
