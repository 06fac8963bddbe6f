// Fuzz target docx_parts: raw XML for one part of a DOCX package. The first byte chooses the part
// (document.xml, styles.xml or numbering.xml); the rest becomes that part, inside an in-memory
// package whose other parts are small valid ones that use lists and styles, so the fuzzed part
// meets real neighbours. Seeds (fuzz/corpus/docx_parts) start with the selector byte.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extractors/docx/docx_extractor.h"
#include "fuzz/fuzz_support.h"
#include "tests/cli/zip_fixture.h"

namespace {

constexpr const char* kNs =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string Wrap(const char* root, const std::string& inner) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:)") + root + " " + kNs + ">" +
         inner + "</w:" + root + ">";
}

// A table whose first cell is a list item by style and whose second cell is numbered directly.
std::string DefaultDocument() {
  return Wrap("document",
              "<w:body><w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t>Tabel 1"
              "</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
              "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p>"
              "</w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p>"
              "<w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"
              "</w:tc><w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/>"
              "</w:numPr></w:pPr><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
              "</w:body>");
}

std::string DefaultStyles() {
  return Wrap("styles",
              "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/>"
              "</w:style><w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name "
              "w:val=\"List Bullet\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
              "</w:style>");
}

std::string DefaultNumbering() {
  return Wrap("numbering",
              "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt "
              "w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
              "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
              "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl "
              "w:ilvl=\"1\"><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"%1.%2)\"/>"
              "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/>"
              "</w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tablift::DocxExtractor extractor;
  if (size == 0) return 0;
  std::vector<std::pair<std::string, std::string>> parts = {
      {"word/document.xml", DefaultDocument()},
      {"word/styles.xml", DefaultStyles()},
      {"word/numbering.xml", DefaultNumbering()}};
  parts[data[0] % parts.size()].second.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  // No relationships part: the extractor falls back to the default part names.
  tablift::fuzz::RunExtractor(extractor, tablift::cli_test::MakeZip(parts));
  return 0;
}
