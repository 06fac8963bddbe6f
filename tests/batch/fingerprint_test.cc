// The --resume options fingerprint is computed from the serialized options, member by member:
// a member added later changes it, and so does a change of any member.
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "batch/aggregate_fields.h"
#include "batch/options_fingerprint.h"

using namespace tablift;
using namespace tablift::batch;

namespace {

struct Before {
  int a = 1;
  std::string b = "x";
};
struct After {  // Before with one more member, as a new option would be
  int a = 1;
  std::string b = "x";
  bool c = false;
};

// Changes the k-th leaf (a string, number, boolean or vector, in the order FieldsJson walks
// them) of `v` and returns true, or returns false when `v` has at most k leaves (k is then
// decreased by their number).
template <class T>
bool ChangeLeaf(T& v, size_t& k) {
  if constexpr (IsPair<T>::value) {
    return ChangeLeaf(v.first, k) || ChangeLeaf(v.second, k);
  } else if constexpr (std::is_same_v<T, std::string> || std::is_arithmetic_v<T> ||
                       IsVector<T>::value) {
    if (k-- != 0) return false;
    if constexpr (std::is_same_v<T, std::string>) v += "x";
    if constexpr (std::is_same_v<T, bool>) v = !v;
    if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) v = v + 1;
    if constexpr (IsVector<T>::value) v.emplace_back();
    return true;
  } else {
    bool changed = false;
    ForEachField(v, [&](auto& member) { changed = changed || ChangeLeaf(member, k); });
    return changed;
  }
}

struct Options {
  ConversionOptions convert;
  ExportOptions output;
};

std::string Fingerprint(const Options& o) { return OptionsFingerprint(o.convert, {}, o.output); }

}  // namespace

TEST_CASE("ForEachField sees every member in order", "[batch][fingerprint]") {
  CHECK(FieldCount<Before>() == 2);
  CHECK(FieldCount<After>() == 3);
  CHECK(FieldsJson(After{7, "y", true}).dump() == R"([7,"y",true])");
}

TEST_CASE("A member added to the options changes their serialized form", "[batch][fingerprint]") {
  CHECK(FieldsJson(Before{}) != FieldsJson(After{}));
}

TEST_CASE("Changing any member of the options changes the fingerprint", "[batch][fingerprint]") {
  const Options base;
  const std::string fp = Fingerprint(base);
  CHECK(fp == Fingerprint(base));
  std::set<std::string> seen{fp};
  size_t leaves = 0;
  for (;; ++leaves) {
    Options changed = base;
    size_t k = leaves;
    if (!ChangeLeaf(changed, k)) break;
    INFO("leaf " << leaves << ": " << FieldsJson(changed).dump());
    CHECK(seen.insert(Fingerprint(changed)).second);
  }
  // Every member of both structs was reached (each holds at least one leaf).
  CHECK(leaves >= FieldCount<ConversionOptions>() + FieldCount<ExportOptions>());
  CHECK(leaves >= FieldCount<Limits>());
}

TEST_CASE("The fingerprint takes the resolved formats and SOURCE_DATE_EPOCH",
          "[batch][fingerprint]") {
  const ConversionOptions c;
  const ExportOptions e;
  CHECK(OptionsFingerprint(c, {}, e) == OptionsFingerprint(c, {"XML", "csv", "json"}, e));
  CHECK(OptionsFingerprint(c, {"csv"}, e) != OptionsFingerprint(c, {}, e));
  const cli::ConvertOptions o;
  unsetenv("SOURCE_DATE_EPOCH");
  const std::string unset = OptionsFingerprint(o);
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const std::string set = OptionsFingerprint(o);
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(set != unset);
}
