#include <catch2/catch.hpp>

#include "normalizer/normalizer.h"

using namespace tablift;

TEST_CASE("Slugify lowercases and turns runs of other characters into one underscore",
          "[normalizer][slug]") {
  CHECK(Slugify("Aanbeveling (nr. + tekst)") == "aanbeveling_nr_tekst");
  CHECK(Slugify("Verantwoordelijk land/ ministerie") == "verantwoordelijk_land_ministerie");
  CHECK(Slugify("Huidige stand van zaken") == "huidige_stand_van_zaken");
  CHECK(Slugify("  --Year 2024--  ") == "year_2024");
  CHECK(Slugify("a\xC2\xA0\xE2\x80\x93\nb") == "a_b");
}

TEST_CASE("Slugify folds accents and other Latin letters to ASCII", "[normalizer][slug]") {
  CHECK(Slugify("Comit\xC3\xA9 \xC3\x89\xC3\xA9n financi\xC3\xABle") == "comite_een_financiele");
  // Decomposed input folds the same way.
  CHECK(Slugify("Comite\xCC\x81") == "comite");
  CHECK(Slugify("Stra\xC3\x9F"
                "e \xC3\x98"
                "re \xC5\x81\xC3\xB3"
                "d\xC5\xBA") == "strasse_ore_lodz");
  CHECK(Slugify("\xEF\xAC\x81nance") == "finance");  // the "fi" ligature
}

TEST_CASE("Slugify gives an empty slug for text without letters or digits", "[normalizer][slug]") {
  CHECK(Slugify("") == "");
  CHECK(Slugify(" / \xE2\x80\xA2 ") == "");
  CHECK(Slugify("\xE4\xB8\xAD\xE6\x96\x87") == "");  // CJK has no ASCII folding
}

TEST_CASE("Slugify survives invalid UTF-8", "[normalizer][slug]") {
  CHECK(Slugify("ab\xFF"
                "cd") == "ab_cd");
}

TEST_CASE("UniqueColumnNames numbers empty slugs by position", "[normalizer][slug]") {
  CHECK(UniqueColumnNames({"Naam", "", "?"}) ==
        std::vector<std::string>{"naam", "column_2", "column_3"});
}

TEST_CASE("UniqueColumnNames suffixes duplicates and keeps names already taken",
          "[normalizer][slug]") {
  CHECK(UniqueColumnNames({"Naam", "naam", "NAAM!"}) ==
        std::vector<std::string>{"naam", "naam_2", "naam_3"});
  CHECK(UniqueColumnNames({"x", "x", "x 2"}) == std::vector<std::string>{"x", "x_3", "x_2"});
}

TEST_CASE("UniqueColumnNames never uses the record key 'section'", "[normalizer][slug]") {
  CHECK(UniqueColumnNames({"Section", "Text"}) == std::vector<std::string>{"section_2", "text"});
  CHECK(UniqueColumnNames({"Section", "section 2"}) ==
        std::vector<std::string>{"section_3", "section_2"});
}

TEST_CASE("UniqueColumnNames cuts names to 63 bytes with a stable hash suffix",
          "[normalizer][slug]") {
  const std::string long_title(200, 'a');
  const std::string other = long_title + " b";
  const auto names = UniqueColumnNames({long_title, other, "Kort", long_title});
  REQUIRE(names.size() == 4);
  for (const std::string& n : names) CHECK(n.size() <= 63);
  CHECK(names[0].size() == 63);
  CHECK(names[0].substr(0, 54) == std::string(54, 'a'));
  CHECK(names[0][54] == '_');
  CHECK(names[0] != names[1]);  // same first bytes, different full names
  CHECK(names[0] != names[3]);  // the repeat keeps its own "_2" identity
  CHECK(names[2] == "kort");
  CHECK(UniqueColumnNames({long_title})[0] == names[0]);  // stable across runs
}
