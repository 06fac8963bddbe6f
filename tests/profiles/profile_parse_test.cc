// Each parsing feature of the profile engine on small hand-made tables (docs/profiles.md).
#include <catch2/catch.hpp>

#include "profile_test_support.h"
#include "profiles/profile.h"

namespace tablift {
namespace {

using testing::HasDiagnostic;
using testing::MakeTable;

// A profile with columns "Nr" (pattern: number + text) and "Info", and the given fields.
Profile ProfileWith(const std::string& fields, const std::string& extra = "") {
  return ParseProfile(R"({"name": "t", )" + extra + R"(
    "columns": [
      {"name": "nr_cell", "header": ["Nr", "Nummer"],
       "pattern": "^(?<num>[0-9]+)(?<letter>[a-z])?\\.\\s*(?<rest>.*)$"},
      {"name": "info", "header": "Info", "position": 2, "required": false}
    ],
    "vocabularies": {"colours": {"R": "Red", "G": "Green"}, "shapes": {"SQ": "Square"}},
    "fields": [)" + fields +
                          "]}",
                      "t.json");
}

const Value& Field(const TypedTable& t, std::size_t record, const char* name) {
  REQUIRE(record < t.records.size());
  const Value* v = t.records[record].Find(name);
  REQUIRE(v != nullptr);
  return *v;
}

TEST_CASE("named groups of a column pattern become sources; a mismatch falls back",
          "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "num", "type": "integer", "from": "num"},
    {"name": "letter", "type": "string", "from": "letter"},
    {"name": "text", "type": "string", "from": ["rest", "nr_cell"]})");
  TypedTable t = ApplyProfile(
      p, MakeTable({"Nr", "Info"}, {{"12b. Hello", ""}, {"7. Bye", ""}, {"Intro", ""}}));
  CHECK(Field(t, 0, "num").AsInt() == 12);
  CHECK(Field(t, 0, "letter").AsString() == "b");
  CHECK(Field(t, 0, "text").AsString() == "Hello");
  CHECK(Field(t, 1, "letter").is_null());  // the optional group did not take part
  CHECK(Field(t, 2, "num").is_null());
  CHECK(Field(t, 2, "text").AsString() == "Intro");  // the whole cell, nothing dropped
  CHECK(HasDiagnostic(t.diagnostics, "profile.pattern-mismatch", "nr_cell"));
  CHECK(t.diagnostics.size() == 1);
}

TEST_CASE("a pattern on a very long cell neither crashes nor gives up", "[profile][parse]") {
  Profile p = ProfileWith(R"({"name": "text", "type": "string", "from": "rest"})");
  std::string long_text = "1. " + std::string(200000, 'x');
  TypedTable t = ApplyProfile(p, MakeTable({"Nr", "Info"}, {{long_text, ""}}));
  CHECK(Field(t, 0, "text").AsString().size() == 200000);
}

TEST_CASE("$section and $caption are sources; empty text is null", "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "section", "type": "string", "from": "$section"},
    {"name": "caption", "type": "string", "from": "$caption"},
    {"name": "info", "type": "string", "from": "info"})");
  RecordTable table = MakeTable({"Nr", "Info"}, {{"1. a", "  "}}, "Part one");
  table.caption = "Tabel 3";
  TypedTable t = ApplyProfile(p, table);
  CHECK(Field(t, 0, "section").AsString() == "Part one");
  CHECK(Field(t, 0, "caption").AsString() == "Tabel 3");
  CHECK(Field(t, 0, "info").is_null());
}

TEST_CASE("columns are found by header alternatives, else by position", "[profile][parse]") {
  Profile p = ProfileWith(R"({"name": "info", "type": "string", "from": "info"})");
  TypedTable by_header = ApplyProfile(p, MakeTable({"I N F O", "NUMMER"}, {{"x", "1. y"}}));
  CHECK(Field(by_header, 0, "info").AsString() == "x");
  TypedTable by_position = ApplyProfile(p, MakeTable({"Nr", "Remarks"}, {{"1. y", "z"}}));
  CHECK(Field(by_position, 0, "info").AsString() == "z");
}

TEST_CASE("a required column the table lacks is an error diagnostic, its fields null",
          "[profile][parse]") {
  Profile p = ProfileWith(R"({"name": "num", "type": "integer", "from": "num"})");
  TypedTable t = ApplyProfile(p, MakeTable({"Something"}, {{"1. a"}}));
  CHECK(HasDiagnostic(t.diagnostics, "profile.column-missing", "nr_cell"));
  CHECK(Field(t, 0, "num").is_null());
  CHECK_FALSE(ProfileMatches(p, MakeTable({"Something"}, {})));
  CHECK(ProfileMatches(p, MakeTable({"nr.", "Whatever"}, {})));
}

TEST_CASE("integers and numbers parse, or are null with a diagnostic", "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "n", "type": "integer", "from": "nr_cell"},
    {"name": "x", "type": "number", "from": "info"})");
  TypedTable t =
      ApplyProfile(p, MakeTable({"Nr", "Info"}, {{"42", "12,5"}, {"4x", "1.25"}, {"-3", "abc"}}));
  CHECK(Field(t, 0, "n").AsInt() == 42);
  CHECK(Field(t, 0, "x").AsDouble() == 12.5);
  CHECK(Field(t, 1, "n").is_null());
  CHECK(Field(t, 1, "x").AsDouble() == 1.25);
  CHECK(Field(t, 2, "n").AsInt() == -3);
  CHECK(Field(t, 2, "x").is_null());
  CHECK(HasDiagnostic(t.diagnostics, "profile.not-a-number", "'4x'"));
  CHECK(HasDiagnostic(t.diagnostics, "profile.not-a-number", "'abc'"));
}

TEST_CASE("lists split on separators and lose their markers", "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "items", "type": "list<string>", "from": "info",
     "parse": {"kind": "list", "separators": ["\n", "; "], "strip_prefixes": ["•", "-"]}},
    {"name": "lines", "type": "list<string>", "from": "info"})");
  TypedTable t = ApplyProfile(
      p, MakeTable({"Nr", "Info"}, {{"1", "• one\n\n• • two; - three\nfour"}, {"2", ""}}));
  CHECK(Field(t, 0, "items").ToJson() == R"(["one","two","three","four"])");
  CHECK(Field(t, 0, "lines").ToJson() == R"(["• one","• • two; - three","four"])");
  CHECK(Field(t, 1, "items").is_null());
}

TEST_CASE("lookups give labels; an unknown code is kept and reported", "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "colour", "type": "string", "from": "info",
     "parse": {"kind": "lookup", "vocabulary": "colours"}})");
  TypedTable t = ApplyProfile(p, MakeTable({"Nr", "Info"}, {{"1", "g"}, {"2", "Blue"}}));
  CHECK(Field(t, 0, "colour").AsString() == "Green");
  CHECK(Field(t, 1, "colour").AsString() == "Blue");
  CHECK(HasDiagnostic(t.diagnostics, "profile.unknown-code", "'Blue'"));
}

TEST_CASE("classify matches whole texts or prefixes, tolerant of case and punctuation",
          "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "kind", "type": "string", "from": "info",
     "parse": {"kind": "classify", "default": "other", "classes": [
       {"value": "na", "phrases": ["n.v.t.", "not applicable"]},
       {"value": "ref", "phrases": ["see above"], "match": "prefix"}]}})");
  TypedTable t = ApplyProfile(p, MakeTable({"Nr", "Info"}, {{"1", "N.V.T"},
                                                            {"2", "nvt."},
                                                            {"3", "See above, and more."},
                                                            {"4", "Not applicable here"},
                                                            {"5", ""}}));
  CHECK(Field(t, 0, "kind").AsString() == "na");
  CHECK(Field(t, 1, "kind").AsString() == "na");
  CHECK(Field(t, 2, "kind").AsString() == "ref");
  CHECK(Field(t, 3, "kind").AsString() == "other");  // whole-text match only
  CHECK(Field(t, 4, "kind").is_null());
  CHECK(p.fields()[0].values == std::vector<std::string>{"other", "na", "ref"});
}

TEST_CASE("classify decides long texts from their start", "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "kind", "type": "string", "from": "info",
     "parse": {"kind": "classify", "classes": [
       {"value": "na", "phrases": ["n.v.t."]},
       {"value": "ref", "phrases": ["see above"], "match": "prefix"}]}})");
  std::string words;
  for (int i = 0; i < 500; ++i) words += " word";
  std::string dashes;
  for (int i = 0; i < 200; ++i) dashes += "- ";
  TypedTable t = ApplyProfile(p, MakeTable({"Nr", "Info"}, {{"1", "See above:" + words},
                                                            {"2", "n.v.t." + words},
                                                            {"3", dashes + "n.v.t."},
                                                            {"4", words + " see above"}}));
  CHECK(Field(t, 0, "kind").AsString() == "ref");
  CHECK(Field(t, 1, "kind").AsString() == "text");  // more than the phrase
  CHECK(Field(t, 2, "kind").AsString() == "na");    // punctuation is not text
  CHECK(Field(t, 3, "kind").AsString() == "text");
}

TEST_CASE("a reference points at the nearest record above with a status of its own",
          "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "id", "type": "string", "from": "nr_cell"},
    {"name": "kind", "type": "string", "from": "info",
     "parse": {"kind": "classify", "classes": [
       {"value": "see_above", "phrases": ["Zie bovenstaande", "Zie hierboven"]},
       {"value": "not_applicable", "phrases": ["n.v.t."]}]}},
    {"name": "refers_to", "type": "string",
     "parse": {"kind": "reference", "field": "kind", "when": "see_above", "to": "text"}})",
                          R"("key": "id",)");
  TypedTable t = ApplyProfile(p, MakeTable({"Nr", "Info"}, {{"1", "Zie hierboven"},
                                                            {"2", "Own text"},
                                                            {"3", "n.v.t."},
                                                            {"4", "Zie bovenstaande."},
                                                            {"5", "Zie hierboven"}}));
  CHECK(Field(t, 0, "refers_to").is_null());
  CHECK(HasDiagnostic(t.diagnostics, "profile.reference-unresolved"));
  CHECK(Field(t, 1, "refers_to").is_null());
  CHECK(Field(t, 2, "refers_to").is_null());
  CHECK(Field(t, 3, "refers_to").AsString() == "2");  // skips the n.v.t. record
  CHECK(Field(t, 4, "refers_to").AsString() == "2");  // skips the other reference
}

TEST_CASE("the key must be present and unique", "[profile][parse]") {
  Profile p = ProfileWith(R"({"name": "id", "type": "string", "from": "num"})", R"("key": "id",)");
  CHECK(p.fields()[0].required);
  TypedTable t =
      ApplyProfile(p, MakeTable({"Nr", "Info"}, {{"1. a", ""}, {"1. b", ""}, {"x", ""}}));
  CHECK(HasDiagnostic(t.diagnostics, "profile.duplicate-key", "\"1\""));
  CHECK(HasDiagnostic(t.diagnostics, "profile.required-missing", "id"));
  CHECK(t.key_field == "id");
}

TEST_CASE("records hold the fields in order, then _source", "[profile][parse]") {
  Profile p = ProfileWith(R"(
    {"name": "b", "type": "string", "from": "info"},
    {"name": "a", "type": "string", "from": "nr_cell"})");
  RecordTable table = MakeTable({"Nr", "Info"}, {{"1", "x"}});
  table.index = 4;
  table.records[0].source.rows = {7, 8};
  table.records[0].source.pages = {3, 4};
  TypedTable t = ApplyProfile(p, table);
  CHECK(t.index == 4);
  CHECK(t.records[0].ToJson() ==
        R"({"b":"x","a":"1","_source":{"table":4,"rows":[7,8],"pages":[3,4]}})");
}

TEST_CASE("a profile binding columns only by position never matches automatically",
          "[profile][parse]") {
  Profile p = ParseProfile(R"({"name": "pos",
    "columns": [{"name": "first", "position": 1}],
    "fields": [{"name": "f", "type": "string", "from": "first"}]})",
                           "pos.json");
  RecordTable table = MakeTable({"Anything"}, {{"v"}});
  CHECK_FALSE(ProfileMatches(p, table));
  CHECK(MatchProfile(table, {p}) == nullptr);
  CHECK(Field(ApplyProfile(p, table), 0, "f").AsString() == "v");
}

TEST_CASE("auto prefers the profile that matches more columns", "[profile][match]") {
  auto make = [](const std::string& name, const std::string& columns) {
    return ParseProfile(R"({"name": ")" + name + R"(", "columns": [)" + columns +
                            R"(], "fields": [{"name": "f", "type": "string", "from": "a"}]})",
                        name);
  };
  std::vector<Profile> candidates = {
      make("one", R"({"name": "a", "header": "Alpha"})"),
      make("two", R"({"name": "a", "header": "Alpha"}, {"name": "b", "header": "Beta"})")};
  RecordTable table = MakeTable({"alpha", "BETA"}, {});
  REQUIRE(MatchProfile(table, candidates) != nullptr);
  CHECK(MatchProfile(table, candidates)->name() == "two");
  CHECK(MatchProfile(MakeTable({"Alpha", "Gamma"}, {}), candidates)->name() == "one");
}

}  // namespace
}  // namespace tablift
