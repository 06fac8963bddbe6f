// core/value.h: the ordered JSON-like value of typed records.
#include "core/value.h"

#include <catch2/catch.hpp>
#include <stdexcept>

namespace tablift {
namespace {

TEST_CASE("Value holds each kind and reports it", "[core][value]") {
  CHECK(Value().is_null());
  CHECK(Value(nullptr).kind() == Value::Kind::kNull);
  CHECK(Value(true).AsBool());
  CHECK(Value(7).AsInt() == 7);
  CHECK(Value(std::int64_t{1} << 40).AsInt() == (std::int64_t{1} << 40));
  CHECK(Value(2.5).AsDouble() == 2.5);
  CHECK(Value(3).AsDouble() == 3.0);  // integers widen
  CHECK(Value("text").AsString() == "text");
  CHECK(Value::Array().is_array());
  CHECK(Value::Object().is_object());
  CHECK_THROWS_AS(Value("x").AsInt(), std::logic_error);
  CHECK_THROWS_AS(Value(1).Set("k", 2), std::logic_error);
}

TEST_CASE("objects keep insertion order and replace in place", "[core][value]") {
  Value o = Value::Object();
  o.Set("z", 1);
  o.Set("a", "x");
  o.Set("m", Value::Array());
  o.Set("z", 2);  // replaced, stays first
  REQUIRE(o.size() == 3);
  CHECK(o.AsObject()[0].key == "z");
  CHECK(o.Find("z")->AsInt() == 2);
  CHECK(o.Find("missing") == nullptr);
  o.Find("m")->Append(Value(true));
  CHECK(o.ToJson() == R"({"z":2,"a":"x","m":[true]})");
}

TEST_CASE("ToJson escapes strings and writes numbers exactly", "[core][value]") {
  Value a = Value::Array();
  a.Append("q\"b\\n\nt\tc\x01 é •");
  a.Append(Value(-12));
  a.Append(Value(0.5));
  a.Append(Value());
  CHECK(a.ToJson() == "[\"q\\\"b\\\\n\\nt\\tc\\u0001 é •\",-12,0.5,null]");
}

TEST_CASE("values compare deeply", "[core][value]") {
  Value a = Value::Object();
  a.Set("k", Value::ArrayItems{Value(1), Value("x")});
  Value b = Value::Object();
  b.Set("k", Value::ArrayItems{Value(1), Value("x")});
  CHECK(a == b);
  b.Find("k")->Append(Value());
  CHECK_FALSE(a == b);
  CHECK_FALSE(Value(1) == Value(1.0));  // integer and number are different kinds
}

}  // namespace
}  // namespace tablift
