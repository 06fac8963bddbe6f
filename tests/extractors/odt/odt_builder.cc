#include "odt_builder.h"

#include "extractors/odt/odt_extractor.h"
#include "tests/cli/zip_fixture.h"

namespace tablift::odt_test {

std::string MakeOdt(const std::string& body, const std::string& styles) {
  const std::string content =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
      R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
      R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
      R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
      R"( xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">)"
      "<office:automatic-styles>" +
      styles + "</office:automatic-styles><office:body><office:text>" + body +
      "</office:text></office:body></office:document-content>";
  return cli_test::MakeZip(
      {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}});
}

Document Extract(const std::string& bytes, const Limits& limits) {
  static const OdtExtractor extractor;
  ExtractOptions options;
  options.limits = limits;
  return extractor.Extract(Source{"<memory>", bytes}, options);
}

std::string P(const std::string& text) { return "<text:p>" + text + "</text:p>"; }
std::string Tc(const std::string& content, const std::string& attrs) {
  return "<table:table-cell " + attrs + ">" + content + "</table:table-cell>";
}
std::string Covered(const std::string& attrs) {
  return "<table:covered-table-cell " + attrs + "/>";
}
std::string Tr(const std::string& cells, const std::string& attrs) {
  return "<table:table-row " + attrs + ">" + cells + "</table:table-row>";
}
std::string Tbl(const std::string& rows) {
  return "<table:table table:name=\"T\">" + rows + "</table:table>";
}

}  // namespace tablift::odt_test
