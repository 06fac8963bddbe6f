#include "extractors/docx/docx_extractor.h"

#include "extractors/docx/document_walker.h"
#include "extractors/docx/package.h"
#include "extractors/package/zip_reader.h"

namespace tablift {
namespace {

constexpr const char* kDefaultMainPart = "word/document.xml";
constexpr const char* kContentTypesPart = "[Content_Types].xml";
// Every WordprocessingML content type (main part, styles, numbering ...) has this in its name;
// SpreadsheetML and PresentationML packages never do.
constexpr std::string_view kWordContentType = "wordprocessingml";

}  // namespace

bool DocxExtractor::Reads(const Source& src, const Limits& limits) const {
  if (!package::ZipReader::LooksLikeZip(src.bytes)) return false;
  const package::ZipReader zip(src.bytes);
  if (zip.Contains(kDefaultMainPart)) return true;
  const std::optional<std::string> types = zip.Read(kContentTypesPart, limits.max_entry_bytes);
  return types && types->find(kWordContentType) != std::string::npos;
}

Document DocxExtractor::Extract(const Source& src, const ExtractOptions& options) const {
  const package::ZipReader zip(src.bytes);
  docx::Package package;
  docx::LoadPackage(zip, options.limits, package);
  return docx::DocumentWalker(package, options).Walk();
}

}  // namespace tablift
