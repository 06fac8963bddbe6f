#include "core/column_type.h"

#include <catch2/catch.hpp>

using namespace tablift;

TEST_CASE("ParseNumber reads the marks it is given and nothing else", "[core][column-type]") {
  CHECK(ParseNumber("12,6", ',', '.', false) == 12.6);
  CHECK(ParseNumber("1.234", ',', '.', false) == 1234);
  CHECK(ParseNumber("1.234", '.', ',', false) == 1.234);
  CHECK(ParseNumber("1,234.5", '.', ',', false) == 1234.5);
  CHECK(ParseNumber("1.234.567,25", ',', '.', false) == 1234567.25);
  CHECK(ParseNumber("\xE2\x88\x92"
                    "3",
                    ',', '.', false) == -3);  // U+2212 minus
  CHECK(ParseNumber("-0,5", ',', '.', false) == -0.5);
  CHECK(ParseNumber("0", ',', '.', false) == 0);
  for (const char* bad :
       {"12,6*", "n.v.t.", "007", "1.23", "12.", ",5", "1 234", "", "-", "12a", "1.2345"}) {
    INFO(bad);
    CHECK_FALSE(ParseNumber(bad, ',', '.', false).has_value());
  }
  CHECK(ParseNumber("12,5%", ',', '.', true) == 12.5);
  CHECK(ParseNumber("12,5 %", ',', '.', true) == 12.5);
  CHECK_FALSE(ParseNumber("12,5", ',', '.', true).has_value());
}

TEST_CASE("ParseDate accepts real days in the column's pattern only", "[core][column-type]") {
  CHECK(ParseDate("2021-03-07", "yyyy-MM-dd") == "2021-03-07");
  CHECK(ParseDate("7-3-2021", "d-M-yyyy") == "2021-03-07");
  CHECK(ParseDate("07.03.2021", "d.M.yyyy") == "2021-03-07");
  CHECK(ParseDate("29-2-2024", "d-M-yyyy") == "2024-02-29");
  CHECK_FALSE(ParseDate("29-2-2023", "d-M-yyyy").has_value());
  CHECK_FALSE(ParseDate("31-4-2021", "d-M-yyyy").has_value());
  CHECK_FALSE(ParseDate("2021-3-7", "yyyy-MM-dd").has_value());
  CHECK_FALSE(ParseDate("7-3-21", "d-M-yyyy").has_value());
  CHECK_FALSE(ParseDate("7-3-2021", "d.M.yyyy").has_value());
}
