#include "extractors/odt/odt_extractor.h"

#include <optional>

#include "core/error.h"
#include "extractors/odt/document_walker.h"
#include "extractors/package/zip_reader.h"

namespace tablift {
namespace {

constexpr const char* kMimeTypePart = "mimetype";
constexpr const char* kContentPart = "content.xml";
constexpr const char* kStylesPart = "styles.xml";
constexpr std::string_view kTextMimeType = "application/vnd.oasis.opendocument.text";
constexpr std::string_view kTemplateMimeType = "application/vnd.oasis.opendocument.text-template";
// The mimetype entry is a short string; a bigger one is not a mimetype.
constexpr std::uint64_t kMaxMimeTypeBytes = 256;

// Reads and parses `name`; false when the package has no such part.
bool LoadPart(const package::ZipReader& zip, const std::string& name, const Limits& limits,
              package::XmlPart& out) {
  std::optional<std::string> bytes = zip.Read(name, limits.max_entry_bytes);
  if (!bytes) return false;
  package::ParseXmlPart(name, std::move(*bytes), out);
  return true;
}

}  // namespace

bool OdtExtractor::Reads(const Source& src, const Limits&) const {
  if (!package::ZipReader::LooksLikeZip(src.bytes)) return false;
  const package::ZipReader zip(src.bytes);
  if (!zip.Contains(kMimeTypePart)) return false;
  const std::optional<std::string> mime = zip.Read(kMimeTypePart, kMaxMimeTypeBytes);
  return mime && (*mime == kTextMimeType || *mime == kTemplateMimeType);
}

Document OdtExtractor::Extract(const Source& src, const ExtractOptions& options) const {
  const package::ZipReader zip(src.bytes);
  package::XmlPart content;
  if (!LoadPart(zip, kContentPart, options.limits, content)) {
    throw Error(ExitCode::kBadInput, "no content.xml in the package");
  }
  const odt::OdfNames names = odt::ResolveNames(content);
  odt::OdfStyles styles;
  package::XmlPart styles_part;
  if (LoadPart(zip, kStylesPart, options.limits, styles_part)) {
    styles.Read(styles_part.doc.document_element(), odt::ResolveNames(styles_part), false);
  }
  styles.Read(content.doc.document_element(), names, true);
  return odt::DocumentWalker(content, names, styles, options).Walk();
}

}  // namespace tablift
