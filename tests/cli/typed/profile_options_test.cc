// The typed-export options: --meta pairs, SOURCE_DATE_EPOCH, and their parsing by `convert`.
#include "cli/profile_options.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <sstream>

#include "cli/options.h"
#include "core/error.h"

using namespace tablift;
using namespace tablift::cli;

TEST_CASE("Meta pairs (--meta) split at the first '=' and keep their order", "[cli][typed]") {
  const auto pairs = ParseMetaPairs({"symbol=CEDAW/C/NLD/CO/7", "note=a=b", "empty="});
  REQUIRE(pairs.size() == 3);
  CHECK(pairs[0] == std::pair<std::string, std::string>{"symbol", "CEDAW/C/NLD/CO/7"});
  CHECK(pairs[1] == std::pair<std::string, std::string>{"note", "a=b"});
  CHECK(pairs[2] == std::pair<std::string, std::string>{"empty", ""});
}

TEST_CASE("A --meta pair without '=', with an empty key or a repeated key is a usage error",
          "[cli][typed]") {
  for (const std::vector<std::string>& bad :
       std::vector<std::vector<std::string>>{{"symbol"}, {"=value"}, {"a=1", "a=2"}}) {
    try {
      ParseMetaPairs(bad);
      FAIL("expected a usage error");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::kUsage);
    }
  }
}

TEST_CASE("SOURCE_DATE_EPOCH becomes ISO 8601 UTC; garbage is refused", "[cli][typed]") {
  CHECK(IsoUtcFromEpoch("0") == "1970-01-01T00:00:00Z");
  CHECK(IsoUtcFromEpoch("1700000000") == "2023-11-14T22:13:20Z");
  for (const char* bad : {"", "-1", "12a", "1.5", "9999999999999"}) {
    INFO(bad);
    CHECK_THROWS_AS(IsoUtcFromEpoch(bad), Error);
  }
  ::setenv("SOURCE_DATE_EPOCH", "86400", 1);
  CHECK(CreatedFromEnvironment() == "1970-01-02T00:00:00Z");
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(CreatedFromEnvironment().empty());
}

TEST_CASE("convert parses --profile, repeated --meta, --excel and --datapackage", "[cli][typed]") {
  std::ostringstream out, err;
  const CommandLine cl =
      ParseCommandLine({"tablift", "convert", "in.docx", "-o", "out", "--profile", "auto", "--meta",
                        "a=1", "--meta", "b=2", "--excel", "--datapackage"},
                       {"csv", "json", "xml", "jsonl"}, out, err);
  REQUIRE(cl.command == Command::kConvert);
  CHECK(cl.convert.typed.profile == "auto");
  CHECK(cl.convert.typed.meta == std::vector<std::string>{"a=1", "b=2"});
  CHECK(cl.convert.typed.excel);
  CHECK(cl.convert.typed.datapackage);
}

TEST_CASE("without the options convert keeps the generic export", "[cli][typed]") {
  std::ostringstream out, err;
  const CommandLine cl =
      ParseCommandLine({"tablift", "convert", "in.docx", "-o", "out"}, {"csv"}, out, err);
  REQUIRE(cl.command == Command::kConvert);
  CHECK(cl.convert.typed.profile.empty());
  CHECK(cl.convert.typed.meta.empty());
  CHECK_FALSE(cl.convert.typed.excel);
  CHECK_FALSE(cl.convert.typed.datapackage);
}

TEST_CASE("A --meta pair without '=' is refused by the parser", "[cli][typed]") {
  std::ostringstream out, err;
  const CommandLine cl = ParseCommandLine(
      {"tablift", "convert", "in.docx", "-o", "out", "--meta", "novalue"}, {"csv"}, out, err);
  CHECK(cl.command == Command::kNone);
  CHECK(cl.exit_code == static_cast<int>(ExitCode::kUsage));
  CHECK(err.str().find("key=value") != std::string::npos);
}
