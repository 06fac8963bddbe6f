#include "exporters/xml_exporter.h"

#include <catch2/catch.hpp>

#include "core/version.h"
#include "export_test_support.h"
#include "xml_test_support.h"

using namespace tablift;
using namespace tablift::testing;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string WriteXml(const ExportDocument& doc, const ExportOptions& options = {}) {
  MemorySink sink;
  XmlExporter().Write(doc, options, sink);
  REQUIRE(sink.Files().size() == 1);
  return sink.File(".xml");
}

// Parses and validates; fails the test when the file does not validate.
XmlDocPtr ParseValid(const std::string& xml) {
  INFO(xml);
  REQUIRE(ValidateXml(xml) == "");
  std::string errors;
  XmlDocPtr doc = ParseXml(xml, errors);
  REQUIRE(doc);
  return doc;
}

// Written by hand from docs/formats.md, not copied from the exporter's output.
std::string ExpectedSmallXml() {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="urn:tablift:export:1">
  <source file="report.docx" format="docx" sha256="ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" bytes="3"/>
  <generator name="tablift" version=")") +
         Version() + R"("/>
  <table index="1" caption="Tabel 1. Test" method="docx">
    <columns>
      <column name="a" title="A"/>
      <column name="b_c" title="B, C"/>
    </columns>
    <sections>
      <section title="Intro" before_record="0"/>
    </sections>
    <records>
      <record section="Intro">
        <field column="a">x</field>
        <field column="b_c">line1
line2</field>
        <provenance table="1" rows="1"/>
      </record>
      <record>
        <field column="a">é</field>
        <field column="b_c">say "hi"</field>
        <provenance table="1" rows="2 3"/>
      </record>
    </records>
    <diagnostics>
      <diagnostic severity="warning" code="docx.test" where="tbl 1">a message</diagnostic>
    </diagnostics>
  </table>
  <diagnostics/>
</document>
)";
}

// The codes and locations of a <diagnostics> element's xml.forbidden-char entries.
std::vector<std::string> ForbiddenCharWheres(const xmlNode* diagnostics) {
  std::vector<std::string> out;
  for (const xmlNode* d : Children(diagnostics, "diagnostic")) {
    if (Attr(d, "code") == "xml.forbidden-char") out.push_back(Attr(d, "where"));
  }
  return out;
}

}  // namespace

TEST_CASE("XML export of a small document matches the documented bytes", "[exporters][xml]") {
  const std::string xml = WriteXml(SmallDocument());
  CHECK(xml == ExpectedSmallXml());
  CHECK(ValidateXml(xml) == "");
}

TEST_CASE("XML export validates in every shape", "[exporters][xml][xsd]") {
  ExportDocument doc = SmallDocument();
  ExportOptions options;
  SECTION("without provenance") { options.provenance = false; }
  SECTION("with a PDF source, pages and a grid") {
    doc.source.format = "pdf";
    doc.source.pages = 9;
    doc.tables[0].records[0].source.pages = {2};
    doc.grids.push_back(SmallGrid());
    options.grid = true;
  }
  SECTION("with empty tables and document diagnostics") {
    doc.tables[0].columns.clear();
    doc.tables[0].sections.clear();
    doc.tables[0].records.clear();
    doc.tables[0].diagnostics.clear();
    doc.tables[0].method.clear();
    doc.diagnostics.push_back({Severity::kError, "doc.x", "m", ""});
  }
  SECTION("without tables") { doc.tables.clear(); }
  ParseValid(WriteXml(doc, options));
}

TEST_CASE("XML export fails validation when a field names an undeclared column",
          "[exporters][xml][xsd]") {
  std::string xml = WriteXml(SmallDocument());
  const std::string from = "<field column=\"a\">";
  xml.replace(xml.find(from), from.size(), "<field column=\"nope\">");
  CHECK(ValidateXml(xml) != "");
}

TEST_CASE("XML export keeps nasty text intact and well-formed", "[exporters][xml][escape]") {
  ExportDocument doc = SmallDocument();
  const std::string nasty = "<a & b> \"q\" 'a' ]]> \xF0\x9F\x98\x80 tab\tcr\r\nlf\n";
  doc.tables[0].records[0].values[0] = nasty;
  doc.tables[0].columns[1] = {"b \"<&>\n", "Title\n\twith \"quotes\" & <tags>\r"};
  doc.tables[0].caption = nasty;
  const XmlDocPtr parsed = ParseValid(WriteXml(doc));
  const xmlNode* table = Child(xmlDocGetRootElement(parsed.get()), "table");
  CHECK(Attr(table, "caption") == nasty);
  const xmlNode* column = Children(Child(table, "columns"), "column")[1];
  CHECK(Attr(column, "name") == "b \"<&>\n");
  CHECK(Attr(column, "title") == "Title\n\twith \"quotes\" & <tags>\r");
  const xmlNode* record = Child(Child(table, "records"), "record");
  CHECK(Content(Children(record, "field")[0]) == nasty);
  CHECK(Attr(Children(record, "field")[1], "column") == "b \"<&>\n");
  CHECK(ForbiddenCharWheres(Child(table, "diagnostics")).empty());
}

TEST_CASE("XML export replaces and reports characters XML 1.0 forbids",
          "[exporters][xml][escape]") {
  ExportDocument doc = SmallDocument();
  doc.source.file_name = "re\x01port.docx";
  doc.tables[0].caption = "bell\x07";
  doc.tables[0].records[0].values[0] = "a\x01 b\x0B c\x1F \xEF\xBF\xBE \xEF\xBF\xBF ok";
  doc.tables[0].records[1].section = std::string("s\0s", 3);
  doc.tables[0].diagnostics[0].message =
      "form\x0C"
      "feed";
  const XmlDocPtr parsed = ParseValid(WriteXml(doc));
  const xmlNode* root = xmlDocGetRootElement(parsed.get());
  const xmlNode* table = Child(root, "table");
  CHECK(Attr(Child(root, "source"), "file") == "re" + kFffd + "port.docx");
  CHECK(Attr(table, "caption") == "bell" + kFffd);
  const auto records = Children(Child(table, "records"), "record");
  CHECK(Content(Child(records[0], "field")) ==
        "a" + kFffd + " b" + kFffd + " c" + kFffd + " " + kFffd + " " + kFffd + " ok");
  CHECK(Attr(records[1], "section") == "s" + kFffd + "s");
  CHECK(ForbiddenCharWheres(Child(table, "diagnostics")) ==
        std::vector<std::string>{"table 1 caption", "table 1 record 1 column 1",
                                 "table 1 record 2 section", "table 1 diagnostic 1 message"});
  CHECK(ForbiddenCharWheres(Child(root, "diagnostics")) == std::vector<std::string>{"source file"});
  const xmlNode* first = Children(Child(table, "diagnostics"), "diagnostic")[1];
  CHECK(Content(first) ==
        "replaced 1 character(s) that XML 1.0 forbids (the first U+0007) with "
        "U+FFFD");
  CHECK(Attr(first, "severity") == "warning");
}

TEST_CASE("XML export caps forbidden-character reports per table", "[exporters][xml][escape]") {
  ExportDocument doc = SmallDocument();
  const Record bad{std::nullopt, {"\x01", "\x02"}, {1, {9}, {}}};
  doc.tables[0].records.assign(150, bad);  // 300 strings with a forbidden character
  const XmlDocPtr parsed = ParseValid(WriteXml(doc));
  const xmlNode* diagnostics =
      Child(Child(xmlDocGetRootElement(parsed.get()), "table"), "diagnostics");
  const auto wheres = ForbiddenCharWheres(diagnostics);
  REQUIRE(wheres.size() == 101);
  CHECK(wheres.back() == "");
  CHECK(Content(Children(diagnostics, "diagnostic").back()) ==
        "200 more string(s) had characters that XML 1.0 forbids replaced with U+FFFD");
}

TEST_CASE("XML export with --grid writes cells, text and boxes", "[exporters][xml][grid]") {
  ExportDocument doc = SmallDocument();
  doc.grids.push_back(SmallGrid());
  doc.grids[0].cells[1].paragraphs[0].text = "ctl\x02";
  ExportOptions options;
  options.grid = true;
  const XmlDocPtr parsed = ParseValid(WriteXml(doc, options));
  const xmlNode* table = Child(xmlDocGetRootElement(parsed.get()), "table");
  const xmlNode* grid = Child(table, "grid");
  REQUIRE(grid);
  CHECK(Attr(grid, "rows") == "3");
  CHECK(Attr(grid, "method") == "pdf.lattice");
  CHECK(Attr(grid, "header_rows") == "0");
  CHECK(Attr(grid, "pages") == "1 2");
  const auto regions = Children(grid, "region");
  REQUIRE(regions.size() == 2);
  CHECK(Attr(regions[0], "x0") == "10.00");
  CHECK(Attr(regions[0], "x1") == "300.13");
  CHECK(Attr(regions[1], "x0") == "0.00");
  const auto cells = Children(grid, "cell");
  REQUIRE(cells.size() == 4);
  CHECK(Attr(cells[2], "rowspan") == "2");
  CHECK(Attr(cells[0], "header") == "true");
  CHECK(Children(cells[0], "region").size() == 1);
  CHECK(Content(Child(cells[3], "text")) ==
        "intro\n\xE2\x80\xA2 one\n  \xE2\x80\xA2 two\n1. three");
  CHECK(Attr(cells[3], "nested_tables") == "2");
  CHECK(ForbiddenCharWheres(Child(table, "diagnostics")) ==
        std::vector<std::string>{"table 1 grid cell 1,2"});
}
