// Regression (fuzz target profile_loader, docs/fuzzing.md finding 5): the profile name was
// checked with std::regex_match, whose executor recurses once per character, so a name of about
// 30 000 letters overflowed the stack (AddressSanitizer: stack-overflow; a plain build dies of
// SIGSEGV). Input: fuzz/corpus/profile_loader/regression-name-stack-overflow.json.
#include <catch2/catch.hpp>
#include <string>

#include "core/error.h"
#include "profiles/profile.h"

namespace tablift {
namespace {

std::string NameError(const std::string& name) {
  try {
    ParseProfile(R"({"name": ")" + name + R"("})", "p.json");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadProfile);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("Regression: a huge profile name is a bad-profile error, not a stack overflow",
          "[profile][regression]") {
  for (char c : {'a', 'i', '-', 'A'}) {
    const std::string message = NameError(std::string(300000, c));
    CHECK_THAT(message, Catch::StartsWith("p.json: name:"));
    CHECK_THAT(message, Catch::Contains("at most 100 characters"));
  }
}

TEST_CASE("Profile names: [a-z0-9][a-z0-9._-]*, at most 100 characters", "[profile]") {
  for (const std::string& good : {std::string("cedaw-followup"), std::string("a"),
                                  std::string("0.v2_x-y"), std::string(100, 'z')}) {
    CHECK_THAT(NameError(good), !Catch::Contains("name:"));
  }
  for (const std::string& bad :
       {std::string(""), std::string("-a"), std::string(".a"), std::string("Upper"),
        std::string("a b"), std::string("a/b"), std::string(101, 'z')}) {
    CHECK_THAT(NameError(bad), Catch::StartsWith("p.json: name:"));
  }
}

}  // namespace tablift
