// The shipped cedaw-followup profile on the sample's generic records (issue 4, "Done when").
#include <catch2/catch.hpp>

#include "profile_test_support.h"
#include "profiles/profile.h"

namespace tablift {
namespace {

using testing::RecordWithKey;
using testing::SampleTables;

TypedTable SampleTyped() {
  std::vector<RecordTable> tables = SampleTables();
  REQUIRE(tables.size() == 1);
  return ApplyProfile(LoadProfile("cedaw-followup"), tables[0]);
}

// "AUA; CUR" style summary of a responsible list: "KNL(OCW,BZK) AUA".
std::string Responsible(const Value& record) {
  std::string out;
  for (const Value& entry : record.Find("responsible")->AsArray()) {
    out += (out.empty() ? "" : " ") + entry.Find("country")->AsString();
    const auto& ministries = entry.Find("ministries")->AsArray();
    for (std::size_t i = 0; i < ministries.size(); ++i) {
      out += (i == 0 ? "(" : ",") + ministries[i].Find("code")->AsString();
    }
    if (!ministries.empty()) out += ")";
  }
  return out;
}

TEST_CASE("cedaw-followup gives one typed record per sample record", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  CHECK(typed.records.size() == 81);
  CHECK(typed.profile == "cedaw-followup");
  CHECK(typed.key_field == "id");
  for (const Value& record : typed.records) {
    CHECK_FALSE(record.Find("id")->is_null());
    CHECK(record.Find("paragraph")->kind() == Value::Kind::kInt);
    CHECK_FALSE(record.Find("responsible")->is_null());
    CHECK_FALSE(record.Find("section")->is_null());
  }
  // Every code of the sample is in the vocabularies, and every reference resolves.
  for (const Diagnostic& d : typed.diagnostics) INFO(d.code << " " << d.message << " " << d.where);
  CHECK(typed.diagnostics.empty());
}

TEST_CASE("9a splits into id, paragraph, subparagraph and text", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  const Value& r = RecordWithKey(typed, "9a");
  CHECK(r.Find("paragraph")->AsInt() == 9);
  CHECK(r.Find("subparagraph")->AsString() == "a");
  CHECK(r.Find("recommendation")->AsString().starts_with("De uitvoering van het Verdrag"));
  CHECK(Responsible(r) == "KNL(OCW,BZK,JenV)");
  const Value& knl = r.Find("responsible")->AsArray()[0];
  CHECK(knl.Find("country_name")->AsString() == "Koninkrijk der Nederlanden");
  CHECK(knl.Find("ministries")->AsArray()[0].Find("name")->AsString() ==
        "Onderwijs, Cultuur en Wetenschap");
  CHECK(r.Find("status_kind")->AsString() == "text");
  CHECK(r.Find("refers_to")->is_null());
  CHECK(r.Find("section")->AsString().starts_with("Toepassing van het Verdrag"));
  const Value& source = *r.Find("_source");
  CHECK(source.Find("table")->AsInt() == 1);
  CHECK(source.Find("rows")->size() == 1);
}

TEST_CASE("9b refers to the status of 9a", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  const Value& r = RecordWithKey(typed, "9b");
  CHECK(r.Find("status_kind")->AsString() == "see_above");
  CHECK(r.Find("refers_to")->AsString() == "9a");
  CHECK(r.Find("status")->AsString() == "Zie bovenstaande.");
}

TEST_CASE("23d (\"Zie bovenstaand\") refers to 23c", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  const Value& r = RecordWithKey(typed, "23d");
  CHECK(r.Find("status_kind")->AsString() == "see_above");
  CHECK(r.Find("refers_to")->AsString() == "23c");
}

TEST_CASE("19b: AUA, CUR, SXM without ministries, not applicable", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  const Value& r = RecordWithKey(typed, "19b");
  CHECK(Responsible(r) == "AUA CUR SXM");
  CHECK(r.Find("status_kind")->AsString() == "not_applicable");
  CHECK(r.Find("refers_to")->is_null());
}

TEST_CASE("21c: BES (OCW), AUA, CUR, SXM", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  const Value& r = RecordWithKey(typed, "21c");
  CHECK(Responsible(r) == "BES(OCW) AUA CUR SXM");
  CHECK(r.Find("responsible")->AsArray()[2].Find("country_name")->AsString() == "Curaçao");
}

TEST_CASE("43 has paragraph 43 and no subparagraph", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  const Value& r = RecordWithKey(typed, "43");
  CHECK(r.Find("paragraph")->AsInt() == 43);
  CHECK(r.Find("subparagraph")->is_null());
  CHECK(r.Find("recommendation")->AsString().starts_with("Een genderperspectief"));
}

TEST_CASE("status items lose their bullets, 31a keeps \"OCW/ BZK\" apart", "[profile][sample]") {
  TypedTable typed = SampleTyped();
  const Value& r9c = RecordWithKey(typed, "9c");
  REQUIRE(r9c.Find("status_items")->size() == 2);
  CHECK(r9c.Find("status_items")->AsArray()[1].AsString().starts_with("In Nederland moeten"));
  const Value& r41b = RecordWithKey(typed, "41b");  // printed "• • Het CBS ..."
  CHECK(r41b.Find("status_items")->AsArray()[0].AsString().starts_with("Het CBS"));
  CHECK(Responsible(RecordWithKey(typed, "31a")) == "KNL(OCW,BZK)");
  CHECK(Responsible(RecordWithKey(typed, "39d")) == "KNL(VWS,JenV) AUA CUR SXM");
}

TEST_CASE("auto picks cedaw-followup for the sample's header", "[profile][match]") {
  std::vector<RecordTable> tables = SampleTables();
  const Profile* chosen = MatchProfile(tables[0], BuiltinProfiles());
  REQUIRE(chosen != nullptr);
  CHECK(chosen->name() == "cedaw-followup");
}

TEST_CASE("auto picks cedaw-followup for PDF-broken headers", "[profile][match]") {
  RecordTable table =
      testing::MakeTable({"Aanbeveling (nr.\n+ tekst)", "Verantwoordel ijk land/ ministerie",
                          "HUIDIGE STAND VAN ZA KEN"},
                         {{"9a. Tekst", "KNL; OCW", "Zie hierboven"}});
  const Profile* chosen = MatchProfile(table, BuiltinProfiles());
  REQUIRE(chosen != nullptr);
  CHECK(chosen->name() == "cedaw-followup");
}

TEST_CASE("auto picks nothing for an unrelated table", "[profile][match]") {
  RecordTable table =
      testing::MakeTable({"Jaar", "Bedrag", "Omschrijving"}, {{"2024", "12,5", "Subsidie"}});
  CHECK(MatchProfile(table, BuiltinProfiles()) == nullptr);
  // Two of the three headers is not enough either.
  RecordTable partial = testing::MakeTable(
      {"Aanbeveling (nr. + tekst)", "Verantwoordelijk land/ ministerie", "Opmerking"}, {});
  CHECK(MatchProfile(partial, BuiltinProfiles()) == nullptr);
}

}  // namespace
}  // namespace tablift
