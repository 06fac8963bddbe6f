// Schemas derived from a profile's fields: the sample's typed records (as the shipped profile
// makes them) validate against them (with python3-jsonschema and libxml2's xmllint, as issue 4
// asks), and a wrong record does not.
#include "exporters/record_schema.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "profiles/profile.h"
#include "tests/profiles/profile_test_support.h"

namespace tablift {
namespace {

namespace fs = std::filesystem;

std::string TempPath(const std::string& name) {
  return (fs::temp_directory_path() / ("tablift_record_schema_test_" + name)).string();
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary);
  file << text;
  REQUIRE(file.good());
}

int Run(const std::string& command) {
  int status = std::system((command + " >/dev/null 2>&1").c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// 0 when every record in the array validates against the schema.
int ValidateJson(const Value& schema, const Value& records) {
  WriteFile(TempPath("schema.json"), schema.ToJson());
  WriteFile(TempPath("records.json"), records.ToJson());
  return Run(
      "python3 -c 'import json,sys,jsonschema\n"
      "s=json.load(open(sys.argv[1]))\n"
      "jsonschema.Draft202012Validator.check_schema(s)\n"
      "v=jsonschema.Draft202012Validator(s)\n"
      "[v.validate(r) for r in json.load(open(sys.argv[2]))]' " +
      TempPath("schema.json") + " " + TempPath("records.json"));
}

std::string XmlText(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
  }
  return out;
}

// The XML shape of docs/profiles.md, written here only to check the XSD.
std::string ValueXml(const std::string& name, const Value& value, const FieldDef& def) {
  if (value.is_null()) return "";
  if (!value.is_array()) {
    return "<" + name + ">" + XmlText(value.is_string() ? value.AsString() : value.ToJson()) +
           "</" + name + ">";
  }
  std::string out = "<" + name + ">";
  for (const Value& item : value.AsArray()) {
    if (!item.is_object()) {
      out += ValueXml("item", item, def);
      continue;
    }
    out += "<item>";
    for (const FieldDef& p : def.properties) out += ValueXml(p.name, *item.Find(p.name), p);
    out += "</item>";
  }
  return out + "</" + name + ">";
}

std::string RecordsXml(const TypedTable& typed) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records xmlns=\"" +
                    ProfileNamespace(typed.profile) + "\" profile=\"" + typed.profile + "\">";
  for (const Value& record : typed.records) {
    out += "<record>";
    for (const FieldDef& f : typed.fields) out += ValueXml(f.name, *record.Find(f.name), f);
    const Value& source = *record.Find("_source");
    out += "<_source table=\"" + source.Find("table")->ToJson() + "\">";
    for (const Value& row : source.Find("rows")->AsArray()) out += ValueXml("row", row, {});
    out += "</_source></record>";
  }
  return out + "</records>\n";
}

int ValidateXml(const std::string& xsd, const std::string& xml) {
  WriteFile(TempPath("records.xsd"), xsd);
  WriteFile(TempPath("records.xml"), xml);
  return Run("xmllint --noout --schema " + TempPath("records.xsd") + " " + TempPath("records.xml"));
}

TypedTable SampleTyped() {
  return ApplyProfile(LoadProfile("cedaw-followup"), testing::SampleTables().at(0));
}

TEST_CASE("the JSON Schema follows the field declarations", "[exporters][schema]") {
  Profile p = LoadProfile("cedaw-followup");
  Value schema = RecordJsonSchema(p.fields(), "t", "d");
  const Value& props = *schema.Find("properties");
  REQUIRE(props.size() == p.fields().size() + 1);
  CHECK(props.AsObject()[0].key == "id");
  CHECK(props.AsObject().back().key == "_source");
  CHECK(props.Find("paragraph")->Find("type")->ToJson() == R"(["integer","null"])");
  CHECK(props.Find("status_kind")->Find("enum")->ToJson() ==
        R"(["text","see_above","not_applicable",null])");
  const Value& ministry = *props.Find("responsible")
                               ->Find("items")
                               ->Find("properties")
                               ->Find("ministries")
                               ->Find("items");
  CHECK(ministry.Find("required")->ToJson() == R"(["code","name"])");
}

TEST_CASE("the sample's typed records validate against the derived JSON Schema",
          "[exporters][schema]") {
  TypedTable typed = SampleTyped();
  Value schema = RecordJsonSchema(typed.fields, "cedaw-followup", "");
  Value records(Value::ArrayItems(typed.records.begin(), typed.records.end()));
  CHECK(ValidateJson(schema, records) == 0);
  records.AsArray()[0].Set("status_kind", "maybe");
  CHECK(ValidateJson(schema, records) != 0);
}

TEST_CASE("the sample's typed records validate against the derived XSD", "[exporters][schema]") {
  TypedTable typed = SampleTyped();
  std::string xsd = RecordXsd(typed.fields, ProfileNamespace(typed.profile));
  CHECK(ValidateXml(xsd, RecordsXml(typed)) == 0);
  typed.records[0].Set("paragraph", "nine");
  CHECK(ValidateXml(xsd, RecordsXml(typed)) != 0);
}

}  // namespace
}  // namespace tablift
