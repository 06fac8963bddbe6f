// The "codes" parser: codes with member codes, tolerant of line breaks anywhere.
#include <catch2/catch.hpp>

#include "profile_test_support.h"
#include "profiles/profile.h"

namespace tablift {
namespace {

using testing::HasDiagnostic;
using testing::MakeTable;

const char* kProfile = R"({"name": "codes",
  "columns": [{"name": "cell", "header": "Who"}],
  "vocabularies": {
    "countries": {"KNL": "Koninkrijk", "NL": "Nederland", "AUA": "Aruba", "CUR": "Curaçao",
                  "SXM": "Sint Maarten", "BES": "Caribisch Nederland"},
    "ministries": {"OCW": "Onderwijs", "BZ": "Buitenlandse Zaken", "BZK": "Binnenlandse Zaken",
                   "JenV": "Justitie", "VWS": "Volksgezondheid"}},
  "fields": [
    {"name": "who", "type": "list<object>", "from": "cell",
     "parse": {"kind": "codes", "vocabulary": "countries", "code_key": "country",
               "label_key": "country_name",
               "members": {"vocabulary": "ministries", "key": "ministries"}}}]})";

// The same vocabulary without members: every code is a group.
const char* kFlatProfile = R"({"name": "flat",
  "columns": [{"name": "cell", "header": "Who"}],
  "vocabularies": {"countries": {"CUR": "Curaçao"}},
  "fields": [{"name": "flat", "type": "list<object>", "from": "cell",
              "parse": {"kind": "codes", "vocabulary": "countries"}}]})";

TypedTable Parse(const std::string& cell) {
  return ApplyProfile(ParseProfile(kProfile, "codes.json"), MakeTable({"Who"}, {{cell}}));
}

// "KNL(OCW,BZK) AUA", with "?" for a null code.
std::string Summary(const std::string& cell) {
  TypedTable t = Parse(cell);
  const Value& who = *t.records[0].Find("who");
  if (who.is_null()) return "null";
  std::string out;
  for (const Value& entry : who.AsArray()) {
    const Value& code = *entry.Find("country");
    out += (out.empty() ? "" : " ") + (code.is_null() ? std::string("?") : code.AsString());
    const auto& members = entry.Find("ministries")->AsArray();
    for (std::size_t i = 0; i < members.size(); ++i) {
      out += (i == 0 ? "(" : ",") + members[i].Find("code")->AsString();
    }
    if (!members.empty()) out += ")";
  }
  return out;
}

TEST_CASE("codes: a country with ministries, in every way a PDF may break it", "[profile][codes]") {
  for (const char* cell :
       {"KNL; OCW/BZK/JenV", "KNL; OCW/BZK/Jen V", "KNL;\nOCW/BZK/JenV", "KNL; OCW/ BZK/\nJenV",
        "KN L; OC\nW/BZK/JenV", "knl; ocw/bzk/jenv", "KNL;OCW/BZK/JenV\n"}) {
    INFO(cell);
    CHECK(Summary(cell) == "KNL(OCW,BZK,JenV)");
    CHECK(Parse(cell).diagnostics.empty());
  }
}

TEST_CASE("codes: several countries, with and without ministries", "[profile][codes]") {
  CHECK(Summary("AUA\nCUR\nSXM") == "AUA CUR SXM");
  CHECK(Summary("AUA CUR SXM") == "AUA CUR SXM");
  CHECK(Summary("AUA / CUR / SXM") == "AUA CUR SXM");
  CHECK(Summary("BES; OCW\nAUA\nCUR\nSXM") == "BES(OCW) AUA CUR SXM");
  CHECK(Summary("KNL; VWS/JenV\nAUA\nCUR\nSXM") == "KNL(VWS,JenV) AUA CUR SXM");
  CHECK(Summary("NL; BZ") == "NL(BZ)");  // not KNL, not BZK
  CHECK(Summary("") == "null");
}

TEST_CASE("codes: no-break spaces separate like spaces; the member separator always cuts",
          "[profile][codes]") {
  CHECK(Summary("KNL;\u00A0OCW\u00A0AUA") == "KNL(OCW) AUA");
  std::string only_slash = kProfile;
  std::size_t at = only_slash.find(R"("key": "ministries"})");
  REQUIRE(at != std::string::npos);
  only_slash.insert(at + std::string(R"("key": "ministries"})").size(), R"(, "separators": ["/"])");
  TypedTable t =
      ApplyProfile(ParseProfile(only_slash, "slash.json"), MakeTable({"Who"}, {{"KNL;XYZ/OCW"}}));
  CHECK(t.records[0].Find("who")->AsArray()[0].Find("ministries")->size() == 2);
}

TEST_CASE("codes: labels come from the vocabularies", "[profile][codes]") {
  TypedTable t = Parse("CUR; BZK");
  CHECK(t.records[0].Find("who")->ToJson() ==
        R"([{"country":"CUR","country_name":"Curaçao","ministries":)"
        R"([{"code":"BZK","label":"Binnenlandse Zaken"}]}])");
  TypedTable flat =
      ApplyProfile(ParseProfile(kFlatProfile, "flat.json"), MakeTable({"Who"}, {{"CUR; BZK"}}));
  CHECK(flat.records[0].Find("flat")->ToJson() ==
        R"([{"code":"CUR","label":"Curaçao"},{"code":"BZK","label":null}])");
  CHECK(HasDiagnostic(flat.diagnostics, "profile.unknown-code", "'BZK'"));
}

TEST_CASE("codes: unknown codes are kept as printed and reported", "[profile][codes]") {
  CHECK(Summary("KNL; OCW/XYZ") == "KNL(OCW,XYZ)");
  CHECK(HasDiagnostic(Parse("KNL; OCW/XYZ").diagnostics, "profile.unknown-code", "'XYZ'"));
  CHECK(Summary("ABC; OCW\nAUA") == "ABC(OCW) AUA");
  CHECK(HasDiagnostic(Parse("ABC; OCW").diagnostics, "profile.unknown-code", "countries"));
  CHECK(Summary("KNLX; OCW") == "KNLX(OCW)");  // a word is never cut into a code and a rest
  TypedTable unknown = Parse("ABC");
  CHECK(unknown.records[0].Find("who")->AsArray()[0].Find("country_name")->is_null());
}

TEST_CASE("codes: ministries without a country get a null country", "[profile][codes]") {
  CHECK(Summary("OCW/BZK") == "?(OCW,BZK)");
  CHECK(HasDiagnostic(Parse("OCW/BZK").diagnostics, "profile.orphan-code", "'OCW'"));
}

}  // namespace
}  // namespace tablift
