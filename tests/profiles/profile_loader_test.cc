// Loading profiles: by name, by path, from text; every kind of bad profile is an
// Error(kBadProfile) naming the profile and the problem, raised at load time.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "profiles/profile.h"

namespace tablift {
namespace {

// A minimal valid profile; tests replace parts of it with bad ones.
constexpr const char* kMinimal = R"({
  "name": "mini",
  "columns": [{"name": "a", "header": "Alpha"}],
  "fields": [{"name": "alpha", "type": "string", "from": "a"}]
})";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  std::size_t pos = text.find(from);
  REQUIRE(pos != std::string::npos);
  return text.replace(pos, from.size(), to);
}

// The message of the kBadProfile Error that parsing `json` raises ("" when none is raised).
std::string LoadError(const std::string& json, const std::string& origin = "my.json") {
  try {
    ParseProfile(json, origin);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadProfile);
    return e.what();
  }
  return "";
}

TEST_CASE("a minimal profile loads", "[profile][loader]") {
  Profile p = ParseProfile(kMinimal, "mini.json");
  CHECK(p.name() == "mini");
  CHECK(p.origin() == "mini.json");
  REQUIRE(p.fields().size() == 1);
  CHECK(p.fields()[0].type == "string");
  CHECK(p.key_field().empty());
}

TEST_CASE("shipped profiles load by name, and their names are their file names",
          "[profile][loader]") {
  REQUIRE_FALSE(BuiltinProfiles().empty());
  for (const std::string& name : BuiltinProfileNames()) {
    Profile p = LoadProfile(name);
    CHECK(p.name() == name);
    CHECK_FALSE(p.description().empty());
  }
  CHECK(LoadProfile("cedaw-followup").key_field() == "id");
}

TEST_CASE("a profile loads from a path", "[profile][loader]") {
  std::string path = std::string(TABLIFT_SOURCE_DIR) + "/profiles/builtin/cedaw-followup.json";
  Profile p = LoadProfile(path);
  CHECK(p.name() == "cedaw-followup");
  CHECK(p.origin() == path);
}

TEST_CASE("an unknown profile name or a missing file is a bad profile", "[profile][loader]") {
  CHECK_THROWS_WITH(
      LoadProfile("no-such-profile"),
      Catch::Contains("no-such-profile: no such profile") && Catch::Contains("cedaw-followup"));
  try {
    LoadProfile("/nonexistent/dir/p.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadProfile);
    CHECK_THAT(e.what(), Catch::StartsWith("/nonexistent/dir/p.json: cannot read"));
  }
}

TEST_CASE("invalid JSON names the profile and the position", "[profile][loader]") {
  std::string message = LoadError("{\"name\": \"x\",\n  \"columns\": [}", "broken.json");
  CHECK_THAT(message, Catch::StartsWith("broken.json: invalid JSON: "));
  CHECK_THAT(message, Catch::Contains("line 2"));
}

TEST_CASE("an unknown field type is a bad profile", "[profile][loader]") {
  CHECK_THAT(LoadError(Replace(kMinimal, "\"type\": \"string\"", "\"type\": \"strng\"")),
             Catch::StartsWith("my.json: fields[0].type: unknown field type 'strng'"));
}

TEST_CASE("a regular expression that does not compile is a bad profile", "[profile][loader]") {
  std::string json =
      Replace(kMinimal, "\"header\": \"Alpha\"", R"("header": "Alpha", "pattern": "^(?<n>[0-9]+")");
  CHECK_THAT(LoadError(json), Catch::StartsWith("my.json: columns[0].pattern: regular "
                                                "expression does not compile: ") &&
                                  Catch::Contains("offset"));
}

TEST_CASE("a missing required key is a bad profile", "[profile][loader]") {
  CHECK_THAT(LoadError(Replace(kMinimal, "\"name\": \"mini\",", "")),
             Catch::Equals("my.json: missing required key 'name'"));
  CHECK_THAT(LoadError(Replace(kMinimal, ", \"from\": \"a\"", "")),
             Catch::Equals("my.json: fields[0]: missing required key 'from'"));
  CHECK_THAT(LoadError(Replace(kMinimal, "\"type\": \"string\", ", "")),
             Catch::Equals("my.json: fields[0]: missing required key 'type'"));
  CHECK_THAT(LoadError(R"({"name": "x", "columns": [], "fields": []})"),
             Catch::Equals("my.json: columns: must be a non-empty array"));
}

TEST_CASE("unknown keys, bad references and bad values are bad profiles", "[profile][loader]") {
  CHECK_THAT(LoadError(Replace(kMinimal, "\"from\": \"a\"", "\"from\": \"a\", \"form\": 1")),
             Catch::Equals("my.json: fields[0]: unknown key 'form'"));
  CHECK_THAT(LoadError(Replace(kMinimal, "\"from\": \"a\"", "\"from\": \"b\"")),
             Catch::StartsWith("my.json: fields[0].from: 'b' is not a column"));
  CHECK_THAT(LoadError(Replace(kMinimal, "\"name\": \"alpha\"", "\"name\": \"Alpha\"")),
             Catch::StartsWith("my.json: fields[0].name: 'Alpha' is not a field name"));
  CHECK_THAT(LoadError(Replace(kMinimal, "\"name\": \"mini\"",
                               "\"name\": \"mini\", \"key\": "
                               "\"nope\"")),
             Catch::Equals("my.json: key: no field named 'nope'"));
  CHECK_THAT(LoadError(Replace(kMinimal, "\"header\": \"Alpha\"", "\"header\": \"(+)\"")),
             Catch::StartsWith("my.json: columns[0].header: '(+)' has no letter or digit"));
  CHECK_THAT(LoadError(Replace(kMinimal, "\"header\": \"Alpha\"", "\"position\": 0")),
             Catch::StartsWith("my.json: columns[0].position: must be an integer from 1"));
  CHECK_THAT(LoadError(Replace(kMinimal, "\"name\": \"mini\"",
                               "\"name\": \"mini\", "
                               "\"format\": 2")),
             Catch::StartsWith("my.json: format: unsupported profile format 2"));
}

TEST_CASE("parse rules are checked against the type and the vocabularies", "[profile][loader]") {
  std::string with_parse =
      Replace(kMinimal, "\"from\": \"a\"", "\"from\": \"a\", \"parse\": PARSE");
  auto error = [&](const std::string& parse) {
    return LoadError(Replace(with_parse, "PARSE", parse));
  };
  CHECK_THAT(error(R"({"kind": "magic"})"),
             Catch::StartsWith("my.json: fields[0].parse.kind: unknown parse kind 'magic'"));
  CHECK_THAT(error(R"({"kind": "integer"})"),
             Catch::Equals("my.json: fields[0].type: parse kind 'integer' gives integer, "
                           "not string"));
  CHECK_THAT(error(R"({"kind": "lookup", "vocabulary": "v"})"),
             Catch::Equals("my.json: fields[0].parse.vocabulary: no vocabulary named 'v'"));
  CHECK_THAT(error(R"({"kind": "classify", "classes": [{"value": "x", "phrases": []}]})"),
             Catch::StartsWith("my.json: fields[0].parse.classes[0].phrases: must hold"));
  CHECK_THAT(error(R"({"kind": "reference", "field": "alpha", "when": "x", "to": "y"})"),
             Catch::StartsWith("my.json: fields[0].from: a reference field takes no 'from'"));
  std::string list = Replace(with_parse, "\"type\": \"string\"", "\"type\": \"list<string>\"");
  CHECK_THAT(LoadError(Replace(list, "PARSE", R"({"kind": "list", "separators": ["/", ""]})")),
             Catch::Equals("my.json: fields[0].parse.separators: must hold at least one "
                           "non-empty string"));
  CHECK_THAT(error(R"({"kind": "text", "separators": ["/"]})"),
             Catch::Equals("my.json: fields[0].parse: unknown key 'separators'"));
}

TEST_CASE("a pattern's group may not shadow a column name", "[profile][loader]") {
  std::string json =
      Replace(kMinimal, "\"header\": \"Alpha\"", R"j("header": "Alpha", "pattern": "(?<a>x)")j");
  CHECK_THAT(LoadError(json), Catch::StartsWith("my.json: columns[0].pattern: group name 'a'"));
}

TEST_CASE("a bad profile file read from disk is named by its path", "[profile][loader]") {
  std::string path =
      (std::filesystem::temp_directory_path() / "tablift_profile_loader_test_bad.json").string();
  {
    std::ofstream file(path);
    file << Replace(kMinimal, "\"type\": \"string\"", "\"type\": \"object\"");
  }
  CHECK_THROWS_WITH(LoadProfile(path), Catch::StartsWith(path + ": fields[0].type: unknown "
                                                                "field type 'object'"));
  std::remove(path.c_str());
}

}  // namespace
}  // namespace tablift
