// Limits::max_seconds in the DOCX extractor: a spent budget stops extraction with kBadInput.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "docx_builder.h"

using namespace tablift;
using namespace tablift::testing;

TEST_CASE("Extraction past the time limit is refused as bad input", "[docx][limits][time]") {
  const std::string docx = MakeDocx(Tbl(Tr(Tc("a") + Tc("b")), 2) + P("after"));
  Limits limits;
  limits.max_seconds = 1e-9;  // spent before the first block is read
  try {
    Extract(docx, limits);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::kBadInput);
    CHECK_THAT(e.what(), Catch::Contains("longer than the limit"));
  }
  limits.max_seconds = 60;
  CHECK(Extract(docx, limits).tables.size() == 1);
}
