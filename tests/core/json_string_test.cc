// The one JSON string escaper (core/json_string.h), shared by Value::ToJson and the exporters'
// JSON writer (whose tests compare it with nlohmann's bytes).
#include "core/json_string.h"

#include <catch2/catch.hpp>

#include "core/value.h"

using namespace tablift;

TEST_CASE("AppendJsonString escapes as RFC 8259 and nlohmann do", "[core][json]") {
  std::string out = "x";
  AppendJsonString(out, std::string("a\"b\\c\b\f\n\r\t\x01\x1f\x7f/\xC3\xA9", 16));
  CHECK(out == "x\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\x7f/\xC3\xA9\"");
}

TEST_CASE("Value::ToJson uses the same escaper", "[core][json]") {
  std::string want;
  AppendJsonString(want, "tab\there\b");
  CHECK(Value(std::string("tab\there\b")).ToJson() == want);
}
