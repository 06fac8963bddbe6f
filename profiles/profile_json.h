// Internal to the profile loader: strict reading of the profile's JSON (nlohmann ordered_json),
// where every failure names the profile and the JSON path of the problem
// ("cedaw-followup: fields[3].type: unknown type 'strng'"). Included only by profile_*.cc.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "profiles/profile_spec.h"

namespace tablift {

using Json = nlohmann::ordered_json;

class ProfileJson {
 public:
  explicit ProfileJson(std::string origin) : origin_(std::move(origin)) {}

  // Throws Error(kBadProfile, "<origin>: <path>: <message>") (no path part when path is "").
  [[noreturn]] void Fail(const std::string& path, const std::string& message) const;

  // Requires `node` to be an object whose keys are all in `allowed` ("$comment" always is).
  void CheckObject(const Json& node, const std::string& path,
                   std::initializer_list<const char*> allowed) const;
  // A string member; "" when absent and not required.
  std::string String(const Json& object, const char* key, const std::string& path,
                     bool required = false) const;
  // A member holding a string or an array of strings; empty when absent.
  std::vector<std::string> Strings(const Json& object, const char* key,
                                   const std::string& path) const;
  bool Bool(const Json& object, const char* key, const std::string& path, bool fallback) const;
  // A non-empty array member (required).
  const Json& Array(const Json& object, const char* key, const std::string& path) const;

 private:
  std::string origin_;
};

// Parts of the loader (profile_loader.cc, profile_fields.cc).
std::vector<ColumnRule> ReadColumns(const ProfileJson& in, const Json& root);
std::vector<Vocabulary> ReadVocabularies(const ProfileJson& in, const Json& root);
// Reads the fields, resolving sources, vocabularies and references against `spec` (whose
// columns and vocabularies are read already), and sets spec.fields, field_defs and key.
void ReadFields(const ProfileJson& in, const Json& root, ProfileSpec& spec);

// "fields[3]" and the like.
std::string JsonPath(const std::string& parent, const char* key);
std::string JsonPath(const std::string& parent, std::size_t index);

}  // namespace tablift
