// The extractor registry (extractors/registry.h): the extractor is chosen from the bytes, and an
// input no extractor reads is refused with what it is and the formats that are read.
#include "extractors/registry.h"

#include <catch2/catch.hpp>

#include "core/error.h"
#include "tests/cli/zip_fixture.h"

namespace tablift {
namespace {

using cli_test::MakeZip;

Source Memory(std::string bytes) { return Source{"<memory>", std::move(bytes)}; }

std::string FormatOf(const std::string& bytes) { return FindExtractor(Memory(bytes)).FormatName(); }

std::string RefusalOf(const std::string& bytes) {
  try {
    FindExtractor(Memory(bytes));
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadInput);
    return e.what();
  }
  FAIL("the input was accepted");
  return "";
}

std::string ContentTypes(const std::string& content_type) {
  return "<Types><Override PartName=\"/main.xml\" ContentType=\"" + content_type + "\"/></Types>";
}

std::string Ole2(const std::string& stream) {
  std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  bytes.resize(512, '\0');
  for (char c : stream) bytes += {c, '\0'};
  return bytes;
}

}  // namespace

TEST_CASE("The extractor is chosen from the bytes", "[registry]") {
  CHECK(FormatOf(cli_test::MakeDocx("<w:p/>")) == "docx");
  CHECK(FormatOf("junk\n%PDF-1.7\n") == "pdf");
  CHECK(FormatOf(MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                          {"content.xml", "<x/>"}})) == "odt");
  // A Word package whose main part is not word/document.xml is known by its content types.
  CHECK(FormatOf(MakeZip({{"[Content_Types].xml",
                           ContentTypes("application/vnd.openxmlformats-officedocument."
                                        "wordprocessingml.document.main+xml")}})) == "docx");
}

TEST_CASE("An unsupported input says what it is", "[registry]") {
  const std::string spreadsheet =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const std::string slides =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
  CHECK(DescribeUnsupported(Memory(
            MakeZip({{"[Content_Types].xml", ContentTypes(spreadsheet)}}))) == "an XLSX workbook");
  CHECK(DescribeUnsupported(Memory(MakeZip({{"[Content_Types].xml", ContentTypes(slides)}}))) ==
        "a PPTX presentation");
  CHECK(DescribeUnsupported(
            Memory(MakeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}))) ==
        "an ODF spreadsheet");
  CHECK(DescribeUnsupported(Memory(MakeZip({{"mimetype", "application/epub+zip"}}))) == "an EPUB");
  CHECK(DescribeUnsupported(Memory(MakeZip({{"a.txt", "hello"}}))) ==
        "a ZIP archive that is no document");
  CHECK(DescribeUnsupported(Memory(Ole2("WordDocument"))) == "a legacy .doc (OLE2) file");
  CHECK(DescribeUnsupported(Memory(Ole2("Workbook"))) == "a legacy .xls (OLE2) file");
  CHECK(DescribeUnsupported(Memory("hello")) == "not a document format tablift knows");
}

TEST_CASE("The refusal names every format that is read", "[registry]") {
  const std::string message = RefusalOf(Ole2("WordDocument"));
  CHECK_THAT(message, Catch::StartsWith("unsupported input: a legacy .doc (OLE2) file; tablift "
                                        "reads "));
  for (const Extractor* e : Extractors()) CHECK_THAT(message, Catch::Contains(e->Title()));
}

TEST_CASE("A corrupt ZIP is refused as corrupt, not as unsupported", "[registry]") {
  const std::string docx = cli_test::MakeDocx("<w:p/>");
  const std::string message = RefusalOf(docx.substr(0, docx.size() / 2));
  CHECK_THAT(message, !Catch::Contains("unsupported input"));
}

}  // namespace tablift
