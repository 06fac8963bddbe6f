#include "cli/page_ranges.h"

#include <catch2/catch.hpp>

#include "core/error.h"

using tablift::cli::kMaxPageNumber;
using tablift::cli::ParsePageRanges;

TEST_CASE("page ranges expand to ascending pages", "[cli][pages]") {
  CHECK(ParsePageRanges("1-5,8") == std::vector<int>{1, 2, 3, 4, 5, 8});
  CHECK(ParsePageRanges("7") == std::vector<int>{7});
  CHECK(ParsePageRanges("3-3") == std::vector<int>{3});
}

TEST_CASE("overlapping and unordered page ranges merge without duplicates", "[cli][pages]") {
  CHECK(ParsePageRanges("4-6,1-2,5") == std::vector<int>{1, 2, 4, 5, 6});
  CHECK(ParsePageRanges("2,2") == std::vector<int>{2});
}

TEST_CASE("malformed page ranges are usage errors", "[cli][pages]") {
  for (const char* bad :
       {"5-1", "0", "x", "", "1,", ",1", "1-", "-3", "1-2-3", "1 - 2", "+1", "0-3", "2.5"}) {
    INFO(bad);
    try {
      ParsePageRanges(bad);
      FAIL("accepted");
    } catch (const tablift::Error& e) {
      CHECK(e.code() == tablift::ExitCode::kUsage);
      CHECK_THAT(e.what(), Catch::Contains("invalid page range"));
    }
  }
}

TEST_CASE("page numbers beyond the limit are rejected, not allocated", "[cli][pages]") {
  const std::string at_limit = std::to_string(kMaxPageNumber);
  CHECK(ParsePageRanges(at_limit) == std::vector<int>{kMaxPageNumber});
  CHECK_THROWS_AS(ParsePageRanges("1-" + std::to_string(kMaxPageNumber + 1)), tablift::Error);
  CHECK_THROWS_AS(ParsePageRanges("99999999999999999999"), tablift::Error);
}
