// Wiring profiles into convert: the --profile choice and ApplyProfiles.
#include "cli/typed_export.h"

#include <catch2/catch.hpp>

#include "api/profile_choice.h"
#include "core/error.h"

using namespace tablift;
using namespace tablift::cli;

namespace {

// A table with the headers of the shipped follow-up profile, or other headers.
RecordTable FollowUpTable(int index, bool matching) {
  RecordTable t;
  t.index = index;
  const std::vector<std::string> titles =
      matching
          ? std::vector<std::string>{"Aanbeveling (nr. + tekst)",
                                     "Verantwoordelijk land/ ministerie", "Huidige stand van zaken"}
          : std::vector<std::string>{"Naam", "Adres", "Telefoon"};
  const char* const names[] = {"c1", "c2", "c3"};  // (no string concatenation: GCC 12 -Wrestrict)
  for (std::size_t i = 0; i < titles.size(); ++i) t.columns.push_back({names[i], titles[i]});
  Record r;
  r.values = {"9a. Het Verdrag toepassen", "KNL; OCW", "n.v.t."};
  r.source.table = index;
  r.source.rows = {1};
  t.records.push_back(r);
  return t;
}

ExportDocument TwoTables() {
  ExportDocument doc;
  doc.source.file_name = "r.docx";
  doc.tables = {FollowUpTable(1, false), FollowUpTable(2, true)};
  return doc;
}

}  // namespace

TEST_CASE("no --profile: the choice is disabled", "[cli][typed]") {
  const ProfileChoice choice("");
  CHECK_FALSE(choice.enabled());
  CHECK(choice.For(FollowUpTable(1, true)) == nullptr);
}

TEST_CASE("Profile auto (--profile auto) types only the tables a shipped profile matches",
          "[cli][typed]") {
  ExportDocument doc = TwoTables();
  ExportMetadata base;
  base.requested_profile = "auto";
  ApplyProfiles(doc, ProfileChoice("auto"), base);
  REQUIRE(doc.typed.size() == 1);
  CHECK(doc.typed[0].index == 2);
  CHECK(doc.typed[0].records[0].Find("status_kind")->AsString() == "not_applicable");
  REQUIRE(doc.metadata.profiles.size() == 1);
  const ProfileInfo& p = doc.metadata.profiles[0];
  CHECK(p.name == "cedaw-followup");
  CHECK(p.origin == "cedaw-followup");
  REQUIRE_FALSE(p.fields.empty());
  CHECK(p.fields[0].name == doc.typed[0].fields[0].name);
  CHECK(p.fields.size() == doc.typed[0].fields.size());
  CHECK(doc.metadata.requested_profile == "auto");
}

TEST_CASE("a profile by name applies to the tables whose headers it matches", "[cli][typed]") {
  const ProfileChoice choice("cedaw-followup");
  CHECK(choice.For(FollowUpTable(1, true)) != nullptr);
  CHECK(choice.For(FollowUpTable(1, false)) == nullptr);
}

TEST_CASE("an unknown profile or a bad file is a profile error naming it", "[cli][typed]") {
  try {
    ProfileChoice choice("no-such-profile");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadProfile);
    CHECK(std::string(e.what()).find("no-such-profile") != std::string::npos);
  }
  CHECK_THROWS_AS(ProfileChoice("/nonexistent/dir/p.json"), Error);
}

TEST_CASE("RunMetadata summarizes the options and keeps --meta in order", "[cli][typed]") {
  ConvertOptions options;
  options.typed.profile = "auto";
  options.typed.meta = {"symbol=CEDAW/C/NLD/CO/7", "publisher=NL"};
  options.typed.excel = true;
  const ExportMetadata m = RunMetadata(options);
  CHECK(m.requested_profile == "auto");
  REQUIRE(m.meta.size() == 2);
  CHECK(m.meta[0].first == "symbol");
  CHECK(m.meta[1].second == "NL");
  CHECK(m.options[0] == std::pair<std::string, std::string>{"formats", "csv,json,xml"});
  CHECK(std::find(m.options.begin(), m.options.end(),
                  std::pair<std::string, std::string>{"excel", "true"}) != m.options.end());
}

TEST_CASE("a profile that applies to no table says so in a warning", "[cli][typed]") {
  ExportDocument doc;
  doc.tables = {FollowUpTable(1, false)};
  ApplyProfiles(doc, ProfileChoice("cedaw-followup"), {});
  CHECK(doc.typed.empty());
  CHECK(doc.metadata.profiles.empty());
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].code == "profile.no-table");
  CHECK(doc.diagnostics[0].severity == Severity::kWarning);
}
