// DOCX packages: namespaces, part lookup, and every bad-input error (issue 2).
#include "extractors/docx/package.h"

#include <zip.h>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "docx_builder.h"

namespace tablift::testing {
namespace {

const std::string kTable =
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

// The one-line Error message of extracting `bytes`, requiring kBadInput.
std::string ErrorOf(const std::string& bytes, const Limits& limits = {}) {
  try {
    Extract(bytes, limits);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadInput);
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
    return e.what();
  }
  FAIL("no error");
  return "";
}

std::string OnlyCellText(const Document& doc) {
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].cells.size() == 1);
  return PlainText(doc.tables[0].cells[0]);
}

}  // namespace

TEST_CASE("The strict OOXML namespace is read", "[docx][package]") {
  const std::string doc =
      R"(<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>)" +
      kTable + "</w:body></w:document>";
  CHECK(OnlyCellText(Extract(ZipParts({{"word/document.xml", doc}}))) == "cell");
}

TEST_CASE("Any prefix bound to the WordprocessingML namespace is read", "[docx][package]") {
  std::string table = kTable;
  for (std::size_t i; (i = table.find("w:")) != std::string::npos;) table.replace(i, 2, "ns0:");
  const std::string doc =
      R"(<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:not-word"><ns0:body>)" +
      table + "<w:tbl><w:tr><w:tc/></w:tr></w:tbl></ns0:body></ns0:document>";
  CHECK(OnlyCellText(Extract(ZipParts({{"word/document.xml", doc}}))) == "cell");
  std::string plain = kTable;
  for (std::size_t i; (i = plain.find("w:")) != std::string::npos;) plain.erase(i, 2);
  const std::string default_ns =
      R"(<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>)" +
      plain + "</body></document>";
  CHECK(OnlyCellText(Extract(ZipParts({{"word/document.xml", default_ns}}))) == "cell");
}

TEST_CASE("The main part is found through _rels/.rels", "[docx][package]") {
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/main/doc.xml"/></Relationships>)";
  const std::string doc_rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="num.xml"/></Relationships>)";
  const std::string numbering =
      std::string("<w:numbering ") + kWordNsDecl +
      R"(><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
  const std::string body =
      R"(<w:tbl><w:tr><w:tc><w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>item</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)";
  const Document doc = Extract(ZipParts({{"_rels/.rels", rels},
                                         {"main/doc.xml", DocumentXml(body)},
                                         {"main/_rels/doc.xml.rels", doc_rels},
                                         {"main/num.xml", numbering}}));
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].locator == "main/doc.xml tbl 1");
  CHECK(doc.tables[0].cells[0].paragraphs[0].list.marker == "1.");
}

TEST_CASE("Part names match case-insensitively, as OPC requires", "[docx][package]") {
  CHECK(OnlyCellText(Extract(ZipParts({{"Word/Document.XML", DocumentXml(kTable)}}))) == "cell");
}

TEST_CASE("A UTF-16 part with a byte order mark is read", "[docx][package]") {
  const std::string xml = DocumentXml(
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>caf\xC3\xA9</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
  const std::string utf8 = xml.substr(xml.find("<w:document"));  // no "UTF-8" declaration
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c == 0xC3) {  // the one non-ASCII character: U+00E9
      utf16 += '\xE9';
      ++i;
    } else {
      utf16 += static_cast<char>(c);
    }
    utf16 += '\0';
  }
  CHECK(OnlyCellText(Extract(ZipParts({{"word/document.xml", utf16}}))) == "caf\xC3\xA9");
}

TEST_CASE("Relationship targets resolve against their source part", "[docx][package]") {
  CHECK(docx::ResolveTarget("word/document.xml", "styles.xml") == "word/styles.xml");
  CHECK(docx::ResolveTarget("word/document.xml", "../customXml/item1.xml") ==
        "customXml/item1.xml");
  CHECK(docx::ResolveTarget("", "word/document.xml") == "word/document.xml");
  CHECK(docx::ResolveTarget("word/document.xml", "/word/x.xml") == "word/x.xml");
  CHECK(docx::ResolveTarget("a/b.xml", "../../../c.xml") == "c.xml");
}

TEST_CASE("A document without tables gives no tables", "[docx][package]") {
  CHECK(Extract(MakeDocx(P("text only"))).tables.empty());
}

TEST_CASE("Bytes that are not a ZIP are refused", "[docx][package][errors]") {
  CHECK(ErrorOf("%PDF-1.7 not a zip at all").find("not a ZIP") != std::string::npos);
  CHECK(ErrorOf("").find("not a ZIP") != std::string::npos);
}

TEST_CASE("A truncated or corrupt ZIP is refused", "[docx][package][errors]") {
  const std::string full = MakeDocx(kTable);
  CHECK_FALSE(ErrorOf(full.substr(0, full.size() / 2)).empty());
  CHECK_FALSE(ErrorOf(full.substr(0, full.size() - 10)).empty());
  std::string corrupt = full;
  const std::size_t data = corrupt.find("word/document.xml") + 17;  // first local header's name
  for (std::size_t i = data; i < data + 40 && i < corrupt.size(); ++i) corrupt[i] ^= 0x5A;
  CHECK(ErrorOf(corrupt).find("word/document.xml") != std::string::npos);
}

TEST_CASE("A package without the main document part is refused", "[docx][package][errors]") {
  CHECK(ErrorOf(ZipParts({{"word/other.xml", "<x/>"}})) ==
        "no main document part (word/document.xml) in the package");
}

TEST_CASE("Malformed XML is refused naming the part and the offset", "[docx][package][errors]") {
  const std::string bad = std::string("<w:document ") + kWordNsDecl + "><w:body><w:p></w:body>";
  const std::string msg = ErrorOf(ZipParts({{"word/document.xml", bad}}));
  CHECK(msg.rfind("word/document.xml: XML error at offset ", 0) == 0);
  // pugixml reports the offset inside the mismatched end tag.
  const std::size_t tag = bad.find("</w:body>");
  const std::size_t offset = std::stoul(msg.substr(msg.find("offset ") + 7));
  CHECK(offset >= tag);
  CHECK(offset < tag + 9);
  CHECK(msg.find("Start-end tags mismatch") != std::string::npos);
  const std::string styles_msg = ErrorOf(
      ZipParts({{"word/document.xml", DocumentXml(kTable)}, {"word/styles.xml", "<a><b></a>"}}));
  CHECK(styles_msg.rfind("word/styles.xml: XML error at offset", 0) == 0);
}

TEST_CASE("A main part that is not WordprocessingML is refused", "[docx][package][errors]") {
  CHECK(ErrorOf(ZipParts({{"word/document.xml", "<document><body/></document>"}})) ==
        "word/document.xml: not a WordprocessingML part");
}

TEST_CASE("An entry inflating past the limit is refused while inflating",
          "[docx][package][errors]") {
  const std::string filler(1 << 20, ' ');  // compresses to about a kilobyte
  const std::string doc = DocumentXml(kTable + "<w:p><w:r><w:t>" + filler + "</w:t></w:r></w:p>");
  const std::string bytes = ZipParts({{"word/document.xml", doc}});
  REQUIRE(bytes.size() < 64 * 1024);
  Limits limits;
  limits.max_entry_bytes = 256 * 1024;
  CHECK(ErrorOf(bytes, limits) ==
        "word/document.xml: the entry inflates past the limit of 262144 bytes");
  limits.max_entry_bytes = 2 << 20;
  CHECK(Extract(bytes, limits).tables.size() == 1);
}

TEST_CASE("An encrypted entry is refused", "[docx][package][errors]") {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(za != nullptr);
  const std::string doc = DocumentXml(kTable);
  zip_source_t* s = zip_source_buffer(za, doc.data(), doc.size(), 0);
  const zip_int64_t index = zip_file_add(za, "word/document.xml", s, 0);
  REQUIRE(index >= 0);
  REQUIRE(zip_encryption_method_supported(ZIP_EM_AES_256, 1) == 1);
  REQUIRE(zip_file_set_encryption(za, index, ZIP_EM_AES_256, "secret") == 0);
  REQUIRE(zip_close(za) == 0);
  REQUIRE(zip_source_open(buffer) == 0);
  std::string bytes;
  char chunk[4096];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;)
    bytes.append(chunk, n);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  CHECK(ErrorOf(bytes) == "word/document.xml: the ZIP entry is encrypted");
}

TEST_CASE("A DOCTYPE with entity declarations neither expands nor crashes",
          "[docx][package][errors]") {
  std::string dtd = "<!DOCTYPE w:document [<!ENTITY lol \"lol\">";
  for (int i = 1; i < 10; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k)
      dtd += "&lol" + (i > 1 ? std::to_string(i - 1) : std::string()) + ";";
    dtd += "\">";
  }
  dtd += "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>";
  const std::string doc = "<?xml version=\"1.0\"?>" + dtd + "<w:document " + kWordNsDecl +
                          "><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&lol9;&ext;</w:t></w:r>"
                          "</w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
  const std::string text = OnlyCellText(Extract(ZipParts({{"word/document.xml", doc}})));
  CHECK(text.size() < 64);
  CHECK(text.find("root:") == std::string::npos);
}

}  // namespace tablift::testing
