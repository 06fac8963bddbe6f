#include "exporters/json_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

using tablift::WriteJson;
using Json = nlohmann::ordered_json;

namespace {

std::string Written(const Json& j, int indent) {
  std::ostringstream out;
  WriteJson(out, j, indent);
  return out.str();
}

std::string Dumped(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// A random value tree with strings drawn from bytes that need every kind of escaping.
Json RandomValue(std::mt19937& rng, int depth) {
  static const std::string kPieces[] = {
      "a",    " ",    "\"",   "\\",       "\n",           "\t",
      "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xE2\x80\xA2", "\xF0\x9F\x98\x80",
      "\xFF", "\xC3", "/",    "\b",       "\f",           "\r"};
  const int kind = static_cast<int>(rng() % (depth > 3 ? 5 : 7));
  switch (kind) {
    case 0:
      return nullptr;
    case 1:
      return static_cast<std::int64_t>(rng()) - (1ll << 31);
    case 2:
      return static_cast<double>(rng() % 100000) / 100.0;
    case 3:
      return rng() % 2 == 0;
    case 4: {
      std::string s;
      for (unsigned n = rng() % 8; n > 0; --n) s += kPieces[rng() % std::size(kPieces)];
      return s;
    }
    case 5: {
      Json a = Json::array();
      for (unsigned n = rng() % 4; n > 0; --n) a.push_back(RandomValue(rng, depth + 1));
      return a;
    }
    default: {
      Json o = Json::object();
      for (unsigned n = rng() % 4; n > 0; --n) {
        std::string key = std::to_string(rng() % 50);
        key += "\xC3\xA9\n";
        o[key] = RandomValue(rng, depth + 1);
      }
      return o;
    }
  }
}

}  // namespace

TEST_CASE("WriteJson writes the same bytes as nlohmann's dump", "[exporters][json]") {
  std::mt19937 rng(20261127);
  for (int i = 0; i < 2000; ++i) {
    const Json j = RandomValue(rng, 0);
    for (int indent : {-1, 0, 2, 4}) {
      INFO("value " << i << " indent " << indent);
      REQUIRE(Written(j, indent) == Dumped(j, indent));
    }
  }
}

TEST_CASE("WriteJson handles empty containers and nested empties", "[exporters][json]") {
  const Json j = Json::parse(R"({"a":[],"b":{},"c":[{},[]],"d":"x"})");
  CHECK(Written(j, 2) == Dumped(j, 2));
  CHECK(Written(j, -1) == Dumped(j, -1));
}
