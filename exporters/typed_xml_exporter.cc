#include "exporters/typed_xml_exporter.h"

#include <fmt/core.h>

#include <ostream>

#include "core/version.h"
#include "exporters/document_view.h"
#include "exporters/record_schema.h"
#include "exporters/typed_view.h"
#include "exporters/xml_escape.h"
#include "exporters/xml_exporter.h"

namespace tablift {
namespace {

std::string Pad(int level) { return std::string(2 * level, ' '); }

// Comments may not contain "--".
std::string CommentSafe(std::string text) {
  for (std::size_t at = text.find("--"); at != std::string::npos; at = text.find("--", at))
    text.replace(at, 2, "- -");
  return text;
}

class TypedXmlWriter {
 public:
  TypedXmlWriter(std::ostream& out, const ExportDocument& doc) : out_(out), doc_(doc) {}

  void Write(const ProfileInfo& profile) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ << "<!-- " << CommentSafe(Header(profile)) << " -->\n";
    out_ << fmt::format("<records xmlns=\"{}\" profile=\"{}\">\n",
                        esc_.Attribute(ProfileNamespace(profile.name), "namespace"),
                        esc_.Attribute(profile.name, "profile"));
    for (const TypedTable& t : doc_.typed) {
      if (t.profile != profile.name) continue;
      for (std::size_t r = 0; r < t.records.size(); ++r) WriteRecord(t, r);
    }
    out_ << "</records>\n";
    for (const Diagnostic& d : esc_.TakeDiagnostics()) {
      out_ << "<!-- " << CommentSafe(d.code + ": " + d.message + " (" + d.where + ")") << " -->\n";
    }
  }

 private:
  std::string Header(const ProfileInfo& profile) const {
    return SanitizeName(fmt::format("{} {}: typed records of {} (sha256 {}), profile {} ({})",
                                    kGeneratorName, Version(), doc_.source.file_name,
                                    doc_.source.sha256, profile.name, profile.origin));
  }
  std::string SanitizeName(const std::string& s) const { return XmlEscaper().Text(s, ""); }

  void WriteRecord(const TypedTable& t, std::size_t r) {
    const std::string where = fmt::format("table {} record {}", t.index, r + 1);
    out_ << Pad(1) << "<record>\n";
    for (const Value::Member& m : t.records[r].AsObject()) {
      if (m.key == "_source") {
        WriteSource(m.value, where);
      } else {
        WriteElement(m.key, m.value, 2, where);
      }
    }
    out_ << Pad(1) << "</record>\n";
  }

  void WriteElement(const std::string& name, const Value& v, int level, const std::string& where) {
    if (v.is_null()) return;
    if (!v.is_array() && !v.is_object()) {
      out_ << Pad(level) << '<' << name << '>' << esc_.Text(ScalarText(v), where) << "</" << name
           << ">\n";
      return;
    }
    if (v.size() == 0) {
      out_ << Pad(level) << '<' << name << "/>\n";
      return;
    }
    out_ << Pad(level) << '<' << name << ">\n";
    if (v.is_array()) {
      for (const Value& item : v.AsArray()) WriteElement("item", item, level + 1, where);
    } else {
      for (const Value::Member& m : v.AsObject()) WriteElement(m.key, m.value, level + 1, where);
    }
    out_ << Pad(level) << "</" << name << ">\n";
  }

  static std::string ScalarText(const Value& v) {
    switch (v.kind()) {
      case Value::Kind::kBool:
        return v.AsBool() ? "true" : "false";
      case Value::Kind::kInt:
        return std::to_string(v.AsInt());
      case Value::Kind::kString:
        return v.AsString();
      default:
        return v.ToJson();
    }
  }

  void WriteSource(const Value& source, const std::string& where) {
    const Value* table = source.Find("table");
    out_ << Pad(2) << "<_source table=\"" << (table ? table->AsInt() : 0) << "\" sha256=\""
         << esc_.Attribute(doc_.source.sha256, where) << "\">";
    for (const char* key : {"rows", "pages"}) {
      const Value* list = source.Find(key);
      if (!list || !list->is_array()) continue;
      const std::string element = key == std::string("rows") ? "row" : "page";
      for (const Value& n : list->AsArray())
        out_ << '<' << element << '>' << n.AsInt() << "</" << element << '>';
    }
    out_ << "</_source>\n";
  }

  std::ostream& out_;
  const ExportDocument& doc_;
  XmlEscaper esc_;
};

}  // namespace

void WriteTypedXml(const ExportDocument& doc, const ExportOptions& options, OutputSink& sink) {
  CheckDocument(doc, options.grid);
  CheckTyped(doc);
  const bool several = doc.metadata.profiles.size() > 1;
  for (const ProfileInfo& p : doc.metadata.profiles) {
    const std::string base = several ? "." + p.name : "";
    std::ostream& out = sink.Open(base + ".xml");
    TypedXmlWriter(out, doc).Write(p);
    out.flush();
    CheckStream(out, base + ".xml");
    std::ostream& xsd = sink.Open(base + ".xsd");
    xsd << RecordXsd(p.fields, ProfileNamespace(p.name));
    xsd.flush();
    CheckStream(xsd, base + ".xsd");
  }
  const ExportDocument generic = GenericPart(doc);
  if (generic.tables.empty()) return;
  const std::string name = doc.typed.empty() ? ".xml" : ".generic.xml";
  SuffixMapSink renamed(sink, [&](const std::string&) { return name; });
  XmlExporter().Write(generic, options, renamed);
}

}  // namespace tablift
