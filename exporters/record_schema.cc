#include "exporters/record_schema.h"

#include <fmt/format.h>

#include "exporters/xml_escape.h"

namespace tablift {
namespace {

constexpr const char* kJsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema";

Value Nullable(const char* type) { return Value::ArrayItems{Value(type), Value("null")}; }

Value Names(const std::vector<FieldDef>& fields) {
  Value names = Value::Array();
  for (const FieldDef& f : fields) names.Append(Value(f.name));
  return names;
}

Value FieldSchema(const FieldDef& field);

Value ObjectSchema(const std::vector<FieldDef>& properties) {
  Value schema = Value::Object();
  schema.Set("type", "object");
  Value props = Value::Object();
  for (const FieldDef& p : properties) props.Set(p.name, FieldSchema(p));
  schema.Set("properties", std::move(props));
  schema.Set("required", Names(properties));
  schema.Set("additionalProperties", false);
  return schema;
}

Value ListSchema(const FieldDef& field) {
  Value items = Value::Object();
  if (field.type == "list<string>") {
    items.Set("type", "string");
  } else {
    items = ObjectSchema(field.properties);
  }
  return items;
}

Value FieldSchema(const FieldDef& field) {
  Value schema = Value::Object();
  if (!field.title.empty()) schema.Set("title", field.title);
  if (!field.description.empty()) schema.Set("description", field.description);
  if (field.type.starts_with("list<")) {
    schema.Set("type", Nullable("array"));
    schema.Set("items", ListSchema(field));
  } else {
    schema.Set("type", Nullable(field.type.c_str()));
  }
  if (!field.values.empty()) {
    Value values = Value::Array();
    for (const std::string& v : field.values) values.Append(Value(v));
    values.Append(Value());
    schema.Set("enum", std::move(values));
  }
  return schema;
}

Value IntegerArray() {
  Value schema = Value::Object();
  schema.Set("type", "array");
  Value items = Value::Object();
  items.Set("type", "integer");
  schema.Set("items", std::move(items));
  return schema;
}

Value SourceSchema() {
  Value schema = Value::Object();
  schema.Set("description",
             "Where the record came from: the source file's SHA-256 (when the "
             "exporter knows it), the table index, its grid rows and PDF pages.");
  schema.Set("type", "object");
  Value props = Value::Object();
  Value sha = Value::Object();
  sha.Set("type", "string");
  sha.Set("pattern", "^[0-9a-f]{64}$");
  props.Set("sha256", std::move(sha));
  Value table = Value::Object();
  table.Set("type", "integer");
  props.Set("table", std::move(table));
  props.Set("rows", IntegerArray());
  props.Set("pages", IntegerArray());
  schema.Set("properties", std::move(props));
  schema.Set("required", Value::ArrayItems{Value("table"), Value("rows"), Value("pages")});
  schema.Set("additionalProperties", false);
  return schema;
}

// ---- XSD ----

std::string XmlAttr(const std::string& text) { return XmlEscaper().Attribute(text, ""); }

std::string Indent(int level) { return std::string(2 * level, ' '); }

std::string ElementXsd(const FieldDef& field, int level);

std::string SequenceXsd(const std::vector<FieldDef>& fields, int level) {
  std::string out = Indent(level) + "<xs:sequence>\n";
  for (const FieldDef& f : fields) out += ElementXsd(f, level + 1);
  return out + Indent(level) + "</xs:sequence>\n";
}

std::string ScalarType(const std::string& type) {
  if (type == "integer") return "xs:long";
  if (type == "number") return "xs:double";
  return "xs:string";
}

std::string ItemXsd(const FieldDef& field, int level) {
  const std::string pad = Indent(level);
  if (field.type == "list<string>") {
    return pad +
           "<xs:element name=\"item\" type=\"xs:string\" minOccurs=\"0\" "
           "maxOccurs=\"unbounded\"/>\n";
  }
  return pad + "<xs:element name=\"item\" minOccurs=\"0\" maxOccurs=\"unbounded\">\n" + pad +
         "  <xs:complexType>\n" + SequenceXsd(field.properties, level + 2) + pad +
         "  </xs:complexType>\n" + pad + "</xs:element>\n";
}

std::string ElementXsd(const FieldDef& field, int level) {
  const std::string pad = Indent(level);
  std::string open = fmt::format("{}<xs:element name=\"{}\" minOccurs=\"0\"", pad, field.name);
  if (field.type.starts_with("list<")) {
    return open + ">\n" + pad + "  <xs:complexType>\n" + pad + "    <xs:sequence>\n" +
           ItemXsd(field, level + 3) + pad + "    </xs:sequence>\n" + pad +
           "  </xs:complexType>\n" + pad + "</xs:element>\n";
  }
  if (field.values.empty()) return open + fmt::format(" type=\"{}\"/>\n", ScalarType(field.type));
  std::string out = open + ">\n" + pad + "  <xs:simpleType>\n" + pad +
                    "    <xs:restriction base=\"xs:string\">\n";
  for (const std::string& v : field.values) {
    out += fmt::format("{}      <xs:enumeration value=\"{}\"/>\n", pad, XmlAttr(v));
  }
  return out + pad + "    </xs:restriction>\n" + pad + "  </xs:simpleType>\n" + pad +
         "</xs:element>\n";
}

constexpr const char* kSourceXsd = R"(              <xs:element name="_source">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="row" type="xs:int" minOccurs="0" maxOccurs="unbounded"/>
                    <xs:element name="page" type="xs:int" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence>
                  <xs:attribute name="table" type="xs:int" use="required"/>
                  <xs:attribute name="sha256">
                    <xs:simpleType>
                      <xs:restriction base="xs:string">
                        <xs:pattern value="[0-9a-f]{64}"/>
                      </xs:restriction>
                    </xs:simpleType>
                  </xs:attribute>
                </xs:complexType>
              </xs:element>
)";

}  // namespace

Value RecordJsonSchema(const std::vector<FieldDef>& fields, const std::string& title,
                       const std::string& description) {
  Value schema = Value::Object();
  schema.Set("$schema", kJsonSchemaDialect);
  if (!title.empty()) schema.Set("title", title);
  if (!description.empty()) schema.Set("description", description);
  schema.Set("type", "object");
  Value props = Value::Object();
  for (const FieldDef& f : fields) props.Set(f.name, FieldSchema(f));
  props.Set("_source", SourceSchema());
  schema.Set("properties", std::move(props));
  Value required = Names(fields);
  required.Append(Value("_source"));
  schema.Set("required", std::move(required));
  schema.Set("additionalProperties", false);
  return schema;
}

std::string ProfileNamespace(const std::string& profile_name) {
  return "urn:tablift:profile:" + profile_name;
}

std::string RecordXsd(const std::vector<FieldDef>& fields, const std::string& target_namespace) {
  std::string ns = XmlAttr(target_namespace);
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"{0}\"\n"
      "           xmlns=\"{0}\" elementFormDefault=\"qualified\">\n"
      "  <xs:element name=\"records\">\n"
      "    <xs:complexType>\n"
      "      <xs:sequence>\n"
      "        <xs:element name=\"record\" minOccurs=\"0\" maxOccurs=\"unbounded\">\n"
      "          <xs:complexType>\n"
      "            <xs:sequence>\n",
      ns);
  for (const FieldDef& f : fields) out += ElementXsd(f, 7);
  out += kSourceXsd;
  out +=
      "            </xs:sequence>\n"
      "          </xs:complexType>\n"
      "        </xs:element>\n"
      "      </xs:sequence>\n"
      "      <xs:attribute name=\"profile\" type=\"xs:string\"/>\n"
      "    </xs:complexType>\n"
      "  </xs:element>\n"
      "</xs:schema>\n";
  return out;
}

}  // namespace tablift
