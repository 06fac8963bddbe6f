// Loading profiles: JSON text -> validated ProfileSpec, by name (embedded), by path, or from text.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "profiles/profile.h"
#include "profiles/profile_builtin.h"
#include "profiles/profile_json.h"
#include "profiles/profile_text.h"

namespace tablift {
namespace {

// A profile is a few kilobytes; anything this large is the wrong file, not a profile.
constexpr std::uintmax_t kMaxProfileBytes = 16u << 20;
// The one profile format version this code reads ("format" key, optional).
constexpr int kProfileFormat = 1;

bool EqualsAsciiCaseBlind(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

const char* TypeName(const Json& node) { return node.type_name(); }

ColumnRule ReadColumn(const ProfileJson& in, const Json& node, const std::string& path) {
  in.CheckObject(node, path, {"name", "header", "position", "required", "pattern"});
  ColumnRule column;
  column.name = in.String(node, "name", path, true);
  column.headers = in.Strings(node, "header", path);
  for (const std::string& header : column.headers) {
    column.folded_headers.push_back(FoldForMatch(header));
    if (column.folded_headers.back().empty()) {
      in.Fail(JsonPath(path, "header"), fmt::format("'{}' has no letter or digit", header));
    }
  }
  if (node.contains("position")) {
    const Json& position = node["position"];
    if (!position.is_number_integer() || position.get<long long>() < 1) {
      in.Fail(JsonPath(path, "position"), "must be an integer from 1 (the first column)");
    }
    column.position = static_cast<int>(std::min<long long>(position.get<long long>(), 1 << 20));
  }
  if (column.headers.empty() && column.position == 0) {
    in.Fail(path, "needs a 'header' or a 'position'");
  }
  column.required = in.Bool(node, "required", path, true);
  std::string pattern = in.String(node, "pattern", path);
  if (node.contains("pattern")) {
    try {
      column.pattern = ProfileRegex::Compile(pattern);
    } catch (const std::invalid_argument& e) {
      in.Fail(JsonPath(path, "pattern"),
              fmt::format("regular expression does not compile: {}", e.what()));
    }
  }
  return column;
}

Vocabulary ReadVocabulary(const ProfileJson& in, const std::string& name, const Json& node,
                          const std::string& path) {
  if (!node.is_object()) in.Fail(path, "must be an object of code: label");
  Vocabulary vocabulary{name, {}};
  for (const auto& [code, label] : node.items()) {
    if (code.empty() || TrimSpace(code) != code) in.Fail(path, fmt::format("bad code '{}'", code));
    if (!label.is_string()) {
      in.Fail(JsonPath(path, code.c_str()),
              fmt::format("label must be a string, not {}", TypeName(label)));
    }
    if (vocabulary.Find(code) != nullptr) {
      in.Fail(path, fmt::format("code '{}' is listed twice (codes compare case-blind)", code));
    }
    vocabulary.entries.emplace_back(code, label.get<std::string>());
  }
  return vocabulary;
}

// [a-z0-9][a-z0-9._-]*, at most kMaxProfileNameLength characters. A loop, not std::regex:
// std::regex_match recursed once per character and a name of 30 000 letters overflowed the
// stack (docs/fuzzing.md).
void CheckName(const ProfileJson& in, const std::string& name) {
  const auto lower_or_digit = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  if (name.size() > kMaxProfileNameLength) {
    in.Fail("name", fmt::format("a profile name has at most {} characters; this one has {}",
                                kMaxProfileNameLength, name.size()));
  }
  bool ok = !name.empty() && lower_or_digit(name[0]);
  for (std::size_t i = 1; ok && i < name.size(); ++i)
    ok = lower_or_digit(name[i]) || name[i] == '.' || name[i] == '_' || name[i] == '-';
  if (!ok) {
    in.Fail("name", fmt::format("'{}' is not a profile name (lowercase letters, digits, '.', "
                                "'_' and '-')",
                                name));
  }
}

std::shared_ptr<ProfileSpec> ReadSpec(const ProfileJson& in, const Json& root,
                                      const std::string& origin) {
  in.CheckObject(
      root, "",
      {"format", "name", "title", "description", "key", "columns", "vocabularies", "fields"});
  if (root.contains("format") && root["format"] != kProfileFormat) {
    in.Fail("format", fmt::format("unsupported profile format {} (this tablift reads {})",
                                  root["format"].dump(), kProfileFormat));
  }
  auto spec = std::make_shared<ProfileSpec>();
  spec->origin = origin;
  spec->name = in.String(root, "name", "", true);
  CheckName(in, spec->name);
  spec->title = in.String(root, "title", "");
  spec->description = in.String(root, "description", "");
  spec->columns = ReadColumns(in, root);
  spec->vocabularies = ReadVocabularies(in, root);
  ReadFields(in, root, *spec);
  return spec;
}

std::string ReadProfileFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw Error(ExitCode::kBadProfile,
                fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
  }
  std::ostringstream text;
  text << file.rdbuf();
  if (!file.good() && !file.eof()) {
    throw Error(ExitCode::kBadProfile, fmt::format("{}: read error", path));
  }
  if (text.tellp() > static_cast<std::streamoff>(kMaxProfileBytes)) {
    throw Error(ExitCode::kBadProfile,
                fmt::format("{}: larger than {} bytes: not a profile", path, kMaxProfileBytes));
  }
  return text.str();
}

bool LooksLikePath(const std::string& argument) {
  return argument.find('/') != std::string::npos || argument.find('\\') != std::string::npos ||
         (argument.size() > 5 && argument.ends_with(".json"));
}

}  // namespace

// ---- ProfileJson ----

void ProfileJson::Fail(const std::string& path, const std::string& message) const {
  throw Error(ExitCode::kBadProfile, path.empty()
                                         ? fmt::format("{}: {}", origin_, message)
                                         : fmt::format("{}: {}: {}", origin_, path, message));
}

void ProfileJson::CheckObject(const Json& node, const std::string& path,
                              std::initializer_list<const char*> allowed) const {
  if (!node.is_object()) Fail(path, fmt::format("must be an object, not {}", TypeName(node)));
  for (const auto& item : node.items()) {
    const std::string& key = item.key();  // not a structured binding: clang 14 cannot capture one
    if (key == "$comment") continue;
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; })) {
      Fail(path, fmt::format("unknown key '{}'", key));
    }
  }
}

std::string ProfileJson::String(const Json& object, const char* key, const std::string& path,
                                bool required) const {
  if (!object.contains(key)) {
    if (required) Fail(path, fmt::format("missing required key '{}'", key));
    return "";
  }
  const Json& value = object[key];
  if (!value.is_string()) {
    Fail(JsonPath(path, key), fmt::format("must be a string, not {}", TypeName(value)));
  }
  if (required && value.get<std::string>().empty()) Fail(JsonPath(path, key), "is empty");
  return value.get<std::string>();
}

std::vector<std::string> ProfileJson::Strings(const Json& object, const char* key,
                                              const std::string& path) const {
  std::vector<std::string> out;
  if (!object.contains(key)) return out;
  const Json& value = object[key];
  if (value.is_string()) return {value.get<std::string>()};
  if (!value.is_array()) Fail(JsonPath(path, key), "must be a string or an array of strings");
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string()) Fail(JsonPath(JsonPath(path, key), i), "must be a string");
    out.push_back(value[i].get<std::string>());
  }
  return out;
}

bool ProfileJson::Bool(const Json& object, const char* key, const std::string& path,
                       bool fallback) const {
  if (!object.contains(key)) return fallback;
  if (!object[key].is_boolean()) Fail(JsonPath(path, key), "must be true or false");
  return object[key].get<bool>();
}

const Json& ProfileJson::Array(const Json& object, const char* key, const std::string& path) const {
  if (!object.contains(key)) Fail(path, fmt::format("missing required key '{}'", key));
  const Json& value = object[key];
  if (!value.is_array() || value.empty()) Fail(JsonPath(path, key), "must be a non-empty array");
  return value;
}

std::string JsonPath(const std::string& parent, const char* key) {
  return parent.empty() ? std::string(key) : fmt::format("{}.{}", parent, key);
}

std::string JsonPath(const std::string& parent, std::size_t index) {
  return fmt::format("{}[{}]", parent, index);
}

std::vector<ColumnRule> ReadColumns(const ProfileJson& in, const Json& root) {
  const Json& nodes = in.Array(root, "columns", "");
  std::vector<ColumnRule> columns;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    columns.push_back(ReadColumn(in, nodes[i], JsonPath("columns", i)));
    for (std::size_t j = 0; j + 1 < columns.size(); ++j) {
      if (columns[j].name == columns.back().name) {
        in.Fail(JsonPath("columns", i),
                fmt::format("column '{}' is declared twice", columns.back().name));
      }
    }
  }
  return columns;
}

std::vector<Vocabulary> ReadVocabularies(const ProfileJson& in, const Json& root) {
  std::vector<Vocabulary> vocabularies;
  if (!root.contains("vocabularies")) return vocabularies;
  const Json& node = root["vocabularies"];
  if (!node.is_object()) in.Fail("vocabularies", "must be an object of name: {code: label}");
  for (const auto& [name, entries] : node.items()) {
    if (name == "$comment") continue;
    vocabularies.push_back(
        ReadVocabulary(in, name, entries, JsonPath("vocabularies", name.c_str())));
  }
  return vocabularies;
}

// ---- Vocabulary, Profile ----

const std::string* Vocabulary::Find(std::string_view code) const {
  for (const auto& [known, label] : entries) {
    if (EqualsAsciiCaseBlind(known, code)) return &label;
  }
  return nullptr;
}

Profile::Profile(std::shared_ptr<const ProfileSpec> spec) : spec_(std::move(spec)) {}
const std::string& Profile::name() const { return spec_->name; }
const std::string& Profile::description() const { return spec_->description; }
const std::string& Profile::origin() const { return spec_->origin; }
const std::vector<FieldDef>& Profile::fields() const { return spec_->field_defs; }
const std::string& Profile::key_field() const { return spec_->key_name; }

// ---- Loading ----

Profile ParseProfile(const std::string& json_text, const std::string& origin) {
  ProfileJson in(origin);
  Json root;
  try {
    root = Json::parse(json_text);
  } catch (const Json::exception& e) {
    // A syntax error (parse_error) or a number out of range (out_of_range.406, e.g. 1e999).
    // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 5: ...".
    std::string what = e.what();
    std::size_t start = what.find("] ");
    in.Fail("", fmt::format("invalid JSON: {}",
                            start == std::string::npos ? what : what.substr(start + 2)));
  }
  return Profile(ReadSpec(in, root, origin));
}

Profile LoadProfile(const std::string& name_or_path) {
  if (LooksLikePath(name_or_path)) {
    return ParseProfile(ReadProfileFile(name_or_path), name_or_path);
  }
  for (const Profile& profile : BuiltinProfiles()) {
    if (profile.name() == name_or_path) return profile;
  }
  throw Error(ExitCode::kBadProfile,
              fmt::format("{}: no such profile (shipped: {}; a path must end in .json)",
                          name_or_path, fmt::join(BuiltinProfileNames(), ", ")));
}

const std::vector<Profile>& BuiltinProfiles() {
  // Parsed once; a shipped profile that does not parse is a build defect, which the test of
  // every shipped profile catches, so the Error propagates to the caller unchanged.
  static const std::vector<Profile> profiles = [] {
    std::vector<Profile> out;
    for (const EmbeddedProfile& embedded : EmbeddedProfiles()) {
      out.push_back(ParseProfile(std::string(embedded.json), std::string(embedded.name)));
    }
    std::sort(out.begin(), out.end(),
              [](const Profile& a, const Profile& b) { return a.name() < b.name(); });
    return out;
  }();
  return profiles;
}

std::vector<std::string> BuiltinProfileNames() {
  std::vector<std::string> names;
  for (const EmbeddedProfile& embedded : EmbeddedProfiles()) names.emplace_back(embedded.name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace tablift
