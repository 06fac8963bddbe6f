#include "exporters/xml_exporter.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <ostream>
#include <string>
#include <vector>

#include "core/version.h"
#include "exporters/document_view.h"
#include "exporters/typed_xml_exporter.h"
#include "exporters/xml_escape.h"

namespace tablift {
namespace {

// Space-separated integers: the lexical form of the schema's list types.
std::string IntList(const std::vector<int>& v) { return fmt::format("{}", fmt::join(v, " ")); }

// Always two decimals, never an exponent: valid xs:decimal whatever the value.
std::string Coord(double v) { return fmt::format("{:.2f}", RoundCoord(v)); }

// Writes one document, 2-space indented with "\n" line ends. Every string goes through the
// escaper with a location ("table 2 record 5 column 3", numbers from 1), so a forbidden
// character is reported where it was found: in the table's <diagnostics> for a table's text,
// else in the document's.
class XmlWriter {
 public:
  XmlWriter(std::ostream& out, const ExportDocument& doc, const ExportOptions& options)
      : out_(out), doc_(doc), options_(options) {}
  void WriteDocument();

 private:
  void WriteSourceAndGenerator();
  void WriteTable(std::size_t i);
  // Writes the table-level list element `name`: <name/> when `count` is 0, else <name>, then
  // write_item(i) for each item, then </name>.
  template <typename WriteItem>
  void WriteList(std::string_view name, std::size_t count, WriteItem write_item);
  void WriteColumns(const RecordTable& t, const std::string& where);
  void WriteSections(const RecordTable& t, const std::string& where);
  void WriteRecords(const RecordTable& t, const std::string& where);
  void WriteRecord(const RecordTable& t, std::size_t r, const std::string& where);
  void WriteGrid(const Table& g, const std::string& where);
  void WriteCell(const Cell& c, const std::string& where);
  void WriteRegions(const std::vector<PageRegion>& regions, std::string_view indent);
  void WriteDiagnostics(const Diagnostics& given, Diagnostics earlier, std::string_view indent,
                        const std::string& where);
  void WriteDiagnostic(const Diagnostic& d, std::string_view indent, const std::string& where);

  // ` name="value"`, escaped, with forbidden characters reported at `where`.
  std::string Attr(std::string_view name, std::string_view value, const std::string& where) {
    return fmt::format(" {}=\"{}\"", name, esc_.Attribute(value, where));
  }

  std::ostream& out_;
  const ExportDocument& doc_;
  const ExportOptions& options_;
  XmlEscaper esc_;
};

void XmlWriter::WriteDocument() {
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<document xmlns=\"" << kXmlNamespace << "\">\n";
  WriteSourceAndGenerator();
  // What the source element needed replaced is reported with the document's diagnostics.
  Diagnostics source_findings = esc_.TakeDiagnostics();
  for (std::size_t i = 0; i < doc_.tables.size(); ++i) WriteTable(i);
  WriteDiagnostics(doc_.diagnostics, std::move(source_findings), "  ", "document");
  out_ << "</document>\n";
}

void XmlWriter::WriteSourceAndGenerator() {
  const SourceInfo& s = doc_.source;
  out_ << "  <source" << Attr("file", s.file_name, "source file")
       << Attr("format", s.format, "source format") << Attr("sha256", s.sha256, "source sha256")
       << " bytes=\"" << s.bytes << '"';
  if (s.pages > 0) out_ << " pages=\"" << s.pages << '"';
  out_ << "/>\n  <generator" << Attr("name", kGeneratorName, "generator")
       << Attr("version", Version(), "generator") << "/>\n";
  const ExportMetadata& m = doc_.metadata;
  if (m.meta.empty() && m.created.empty()) return;
  out_ << "  <metadata";
  if (!m.created.empty()) out_ << Attr("created", m.created, "metadata");
  out_ << ">\n";
  for (const auto& [key, value] : m.meta) {
    out_ << "    <meta" << Attr("key", key, "metadata key") << ">"
         << esc_.Text(value, "metadata " + key) << "</meta>\n";
  }
  out_ << "  </metadata>\n";
}

void XmlWriter::WriteTable(std::size_t i) {
  const RecordTable& t = doc_.tables[i];
  const std::string where = fmt::format("table {}", t.index);
  out_ << "  <table index=\"" << t.index << '"' << Attr("caption", t.caption, where + " caption");
  if (const std::string method = TableMethod(doc_, i); !method.empty()) {
    out_ << Attr("method", method, where + " method");
  }
  out_ << ">\n";
  WriteColumns(t, where);
  WriteSections(t, where);
  WriteRecords(t, where);
  if (const Table* grid = GridFor(doc_, i); options_.grid && grid) WriteGrid(*grid, where);
  WriteDiagnostics(t.diagnostics, {}, "    ", where);
  out_ << "  </table>\n";
}

template <typename WriteItem>
void XmlWriter::WriteList(std::string_view name, std::size_t count, WriteItem write_item) {
  if (count == 0) {
    out_ << "    <" << name << "/>\n";
    return;
  }
  out_ << "    <" << name << ">\n";
  for (std::size_t i = 0; i < count; ++i) write_item(i);
  out_ << "    </" << name << ">\n";
}

void XmlWriter::WriteColumns(const RecordTable& t, const std::string& where) {
  WriteList("columns", t.columns.size(), [&](std::size_t c) {
    const std::string at = fmt::format("{} column {}", where, c + 1);
    out_ << "      <column" << Attr("name", t.columns[c].name, at + " name")
         << Attr("title", t.columns[c].title, at + " title") << "/>\n";
  });
}

void XmlWriter::WriteSections(const RecordTable& t, const std::string& where) {
  WriteList("sections", t.sections.size(), [&](std::size_t s) {
    const std::string at = fmt::format("{} section {} title", where, s + 1);
    out_ << "      <section" << Attr("title", t.sections[s].title, at) << " before_record=\""
         << t.sections[s].before_record << "\"/>\n";
  });
}

void XmlWriter::WriteRecords(const RecordTable& t, const std::string& where) {
  WriteList("records", t.records.size(), [&](std::size_t r) { WriteRecord(t, r, where); });
}

void XmlWriter::WriteRecord(const RecordTable& t, std::size_t r, const std::string& where) {
  const Record& rec = t.records[r];
  const std::string at = fmt::format("{} record {}", where, r + 1);
  out_ << "      <record";
  if (rec.section) out_ << Attr("section", *rec.section, at + " section");
  out_ << ">\n";
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const std::string field = fmt::format("{} column {}", at, c + 1);
    out_ << "        <field" << Attr("column", t.columns[c].name, field) << '>'
         << esc_.Text(rec.values[c], field) << "</field>\n";
  }
  if (options_.provenance) {
    out_ << "        <provenance table=\"" << rec.source.table << "\" rows=\""
         << IntList(rec.source.rows) << '"';
    if (!rec.source.pages.empty()) out_ << " pages=\"" << IntList(rec.source.pages) << '"';
    out_ << "/>\n";
  }
  out_ << "      </record>\n";
}

void XmlWriter::WriteGrid(const Table& g, const std::string& where) {
  out_ << "    <grid rows=\"" << g.rows << "\" cols=\"" << g.cols << '"'
       << Attr("method", g.method, where + " grid method") << " header_rows=\""
       << IntList(g.header_rows) << '"';
  if (!g.regions.empty()) out_ << " pages=\"" << IntList(GridPages(g)) << '"';
  out_ << ">\n";
  WriteRegions(g.regions, "      ");
  for (const Cell& c : g.cells) WriteCell(c, where);
  out_ << "    </grid>\n";
}

void XmlWriter::WriteCell(const Cell& c, const std::string& where) {
  const std::string at = fmt::format("{} grid cell {},{}", where, c.pos.row + 1, c.pos.col + 1);
  out_ << "      <cell row=\"" << c.pos.row << "\" col=\"" << c.pos.col << "\" rowspan=\""
       << c.span.rows << "\" colspan=\"" << c.span.cols << "\" header=\""
       << (c.header ? "true" : "false") << '"';
  if (!c.nested_tables.empty()) out_ << " nested_tables=\"" << IntList(c.nested_tables) << '"';
  out_ << ">\n        <text>" << esc_.Text(RenderCellText(c), at) << "</text>\n";
  WriteRegions(c.regions, "        ");
  out_ << "      </cell>\n";
}

void XmlWriter::WriteRegions(const std::vector<PageRegion>& regions, std::string_view indent) {
  for (const PageRegion& r : regions) {
    out_ << indent << "<region page=\"" << r.page << "\" x0=\"" << Coord(r.box.x0) << "\" y0=\""
         << Coord(r.box.y0) << "\" x1=\"" << Coord(r.box.x1) << "\" y1=\"" << Coord(r.box.y1)
         << "\"/>\n";
  }
}

// Writes `given`, then `earlier` and everything the escaper found since the last call
// (including in `given` itself). The escaper's own diagnostics hold only ASCII, so writing them
// finds nothing new.
void XmlWriter::WriteDiagnostics(const Diagnostics& given, Diagnostics earlier,
                                 std::string_view indent, const std::string& where) {
  for (Diagnostic& d : esc_.TakeDiagnostics()) earlier.push_back(std::move(d));
  if (given.empty() && earlier.empty()) {
    out_ << indent << "<diagnostics/>\n";
    return;
  }
  out_ << indent << "<diagnostics>\n";
  for (std::size_t i = 0; i < given.size(); ++i) {
    WriteDiagnostic(given[i], indent, fmt::format("{} diagnostic {}", where, i + 1));
  }
  for (Diagnostic& d : esc_.TakeDiagnostics()) earlier.push_back(std::move(d));
  for (const Diagnostic& d : earlier) WriteDiagnostic(d, indent, where);
  out_ << indent << "</diagnostics>\n";
}

void XmlWriter::WriteDiagnostic(const Diagnostic& d, std::string_view indent,
                                const std::string& where) {
  out_ << indent << "  <diagnostic severity=\"" << SeverityName(d.severity) << '"'
       << Attr("code", d.code, where + " code") << Attr("where", d.where, where + " where") << '>'
       << esc_.Text(d.message, where + " message") << "</diagnostic>\n";
}

}  // namespace

void XmlExporter::Write(const ExportDocument& doc, const ExportOptions& options,
                        OutputSink& sink) const {
  if (IsTypedExport(doc)) return WriteTypedXml(doc, options, sink);
  // Check every table before opening the file, so a bad table leaves no output at all.
  CheckDocument(doc, options.grid);
  std::ostream& out = sink.Open(".xml");
  XmlWriter(out, doc, options).WriteDocument();
  out.flush();
  CheckStream(out, "XML");
}

}  // namespace tablift
