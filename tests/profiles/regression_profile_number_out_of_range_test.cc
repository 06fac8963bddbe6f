// Regression (fuzz target profile_loader): a number too large for a double (e.g. 1e999) made
// nlohmann::json throw out_of_range, which ParseProfile did not translate, so the CLI ended with
// an internal error instead of a bad-profile error. Input: fuzz/corpus/profile_loader/
// regression-number-out-of-range.json.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "profiles/profile.h"

namespace tablift {

TEST_CASE("Regression: a number out of range in a profile is a bad-profile error",
          "[profile][regression]") {
  for (const char* text : {"[-2.50e616?&", R"({"name": "x", "format": 1e999})"}) {
    try {
      ParseProfile(text, "huge.json");
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::kBadProfile);
      CHECK_THAT(e.what(), Catch::StartsWith("huge.json: invalid JSON"));
    }
  }
}

}  // namespace tablift
