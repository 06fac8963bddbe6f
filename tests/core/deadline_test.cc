#include "core/deadline.h"

#include <catch2/catch.hpp>
#include <limits>

#include "core/error.h"

using namespace tablift;

namespace {

ExitCode CheckCode(const Deadline& d) {
  try {
    d.Check();
  } catch (const Error& e) {
    return e.code();
  }
  return ExitCode::kOk;
}

}  // namespace

TEST_CASE("A zero, negative or NaN budget never passes", "[core][deadline][limits]") {
  for (double seconds : {0.0, -1.0, std::numeric_limits<double>::quiet_NaN()}) {
    const Deadline d(seconds);
    CHECK_FALSE(d.Passed());
    CHECK(CheckCode(d) == ExitCode::kOk);
  }
}

TEST_CASE("A spent budget throws a bad-input error naming the limit", "[core][deadline][limits]") {
  const Deadline d(1e-9);
  while (!d.Passed()) {
  }
  CHECK(CheckCode(d) == ExitCode::kBadInput);
  CHECK_THROWS_WITH(d.Check(), Catch::Contains("longer than the limit"));
}

TEST_CASE("A long or huge budget has not passed", "[core][deadline][limits]") {
  CHECK_FALSE(Deadline(3600).Passed());
  CHECK_FALSE(Deadline(1e300).Passed());  // clamped, no overflow
  CHECK_FALSE(Deadline(std::numeric_limits<double>::infinity()).Passed());
}
