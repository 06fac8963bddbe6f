#include "extractors/registry.h"

#include <fmt/core.h>

#include <array>
#include <optional>
#include <string_view>

#include "core/error.h"
#include "extractors/docx/docx_extractor.h"
#include "extractors/odt/odt_extractor.h"
#include "extractors/package/zip_reader.h"
#include "extractors/pdf/pdf_extractor.h"

namespace tablift {
namespace {

struct Known {
  std::string_view marker;  // found in the package's content types or ODF mimetype
  std::string_view what;
};

// OOXML packages by a content type in [Content_Types].xml (word processing is read by DOCX).
constexpr std::array<Known, 2> kOoxml = {
    {{"spreadsheetml", "an XLSX workbook"}, {"presentationml", "a PPTX presentation"}}};
// ZIP packages by their "mimetype" entry (ODF text is read by ODT), prefix match.
constexpr std::array<Known, 6> kMimeTypes = {{
    {"application/vnd.oasis.opendocument.spreadsheet", "an ODF spreadsheet"},
    {"application/vnd.oasis.opendocument.presentation", "an ODF presentation"},
    {"application/vnd.oasis.opendocument.graphics", "an ODF drawing"},
    {"application/vnd.oasis.opendocument.", "an ODF document that is not text"},
    {"application/epub+zip", "an EPUB"},
    {"application/", "a ZIP package of another kind"},
}};
// The mimetype entry is a short string; a bigger one is not a mimetype.
constexpr std::uint64_t kMaxMimeTypeBytes = 256;

// The OLE2 directory names its streams in UTF-16LE.
std::string Utf16(std::string_view ascii) {
  std::string out;
  for (char c : ascii) out += {c, '\0'};
  return out;
}

std::string DescribeOle2(std::string_view bytes) {
  if (bytes.find(Utf16("WordDocument")) != std::string_view::npos) {
    return "a legacy .doc (OLE2) file";
  }
  if (bytes.find(Utf16("Workbook")) != std::string_view::npos) return "a legacy .xls (OLE2) file";
  if (bytes.find(Utf16("PowerPoint Document")) != std::string_view::npos) {
    return "a legacy .ppt (OLE2) file";
  }
  return "a legacy Office (OLE2) file";
}

std::string DescribeZip(const Source& src, const Limits& limits) {
  const package::ZipReader zip(src.bytes);
  if (const auto types = zip.Read("[Content_Types].xml", limits.max_entry_bytes)) {
    for (const Known& k : kOoxml) {
      if (types->find(k.marker) != std::string::npos) return std::string(k.what);
    }
  }
  if (zip.Contains("mimetype")) {
    const std::optional<std::string> mime = zip.Read("mimetype", kMaxMimeTypeBytes);
    for (const Known& k : kMimeTypes) {
      if (mime && mime->compare(0, k.marker.size(), k.marker) == 0) return std::string(k.what);
    }
  }
  return "a ZIP archive that is no document";
}

// "A, B and C".
std::string Titles() {
  const std::vector<const Extractor*>& all = Extractors();
  std::string out;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0) out += i + 1 == all.size() ? " and " : ", ";
    out += all[i]->Title();
  }
  return out;
}

}  // namespace

const std::vector<const Extractor*>& Extractors() {
  static const PdfExtractor pdf;
  static const DocxExtractor docx;
  static const OdtExtractor odt;
  static const std::vector<const Extractor*> all = {&docx, &odt, &pdf};
  return all;
}

std::string DescribeUnsupported(const Source& src, const Limits& limits) {
  const std::string_view bytes = src.bytes;
  if (package::ZipReader::LooksLikeZip(bytes)) return DescribeZip(src, limits);
  if (IsOle2(bytes)) return DescribeOle2(bytes);
  return "not a document format tablift knows";
}

const Extractor& FindExtractor(const Source& src, const Limits& limits) {
  for (const Extractor* e : Extractors()) {
    if (e->Reads(src, limits)) return *e;
  }
  throw UnsupportedInputError(fmt::format("unsupported input: {}; tablift reads {}",
                                          DescribeUnsupported(src, limits), Titles()));
}

}  // namespace tablift
