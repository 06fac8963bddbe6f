// The compiled form of a profile, as the loader (profile_loader.cc) validated it and the engine
// (profile_engine.cc) applies it. Internal to the profiles library. Every name has been resolved
// to an index and every regular expression compiled, so applying cannot fail on the profile's
// account.
// Immutable once built; shared read-only between threads.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/typed.h"
#include "profiles/profile_regex.h"

namespace tablift {

// A code list: code -> label, in the profile's order.
struct Vocabulary {
  std::string name;
  std::vector<std::pair<std::string, std::string>> entries;
  // The label of a code, compared ASCII-case-blind; nullptr when unknown.
  const std::string* Find(std::string_view code) const;
};

// One input column the profile expects, found by header pattern and/or position.
struct ColumnRule {
  std::string name;
  std::vector<std::string> headers;         // as written in the profile
  std::vector<std::string> folded_headers;  // FoldForMatch of each
  int position = 0;                         // 1-based; 0 when bound by header only
  bool required = true;
  std::optional<ProfileRegex> pattern;  // its named groups become sources
};

// Where a field's raw text comes from.
struct SourceRef {
  enum class Kind { kColumn, kGroup, kSection, kCaption };
  Kind kind = Kind::kColumn;
  int column = 0;    // index into ProfileSpec::columns (kColumn, kGroup)
  int group = 0;     // index into that column's pattern's group_names() (kGroup)
  std::string name;  // as written, for messages
};

enum class ParseKind { kText, kInteger, kNumber, kList, kLookup, kCodes, kClassify, kReference };

struct ListRule {
  std::vector<std::string> separators{"\n"};
  std::vector<std::string> strip_prefixes;
};

// Codes grouped under a head code: "KNL; OCW/BZK\nAUA" -> [{KNL, [OCW, BZK]}, {AUA, []}].
struct CodesRule {
  int group_vocabulary = 0;  // index into ProfileSpec::vocabularies
  std::string code_key = "code";
  std::string label_key = "label";
  std::optional<int> member_vocabulary;  // no members when unset
  std::string members_key = "members";
  std::string member_code_key = "code";
  std::string member_label_key = "label";
  std::string member_separator = ";";  // after it, unknown codes are members
  // Line breaks are not separators but white space: a PDF may break a line inside a code.
  std::vector<std::string> separators{";", "/", ","};
};

struct ClassRule {
  std::string value;
  std::vector<std::string> folded_phrases;
  bool prefix = false;  // the text starts with a phrase (else: the whole text is one)
};

struct ClassifyRule {
  std::vector<ClassRule> classes;
  std::string fallback = "text";  // the value when no phrase matches
};

// The key of the nearest record above whose `field` has one of the `to` values, for records
// whose `field` has one of the `when` values.
struct ReferenceRule {
  int field = 0;  // index into ProfileSpec::fields
  std::vector<std::string> when;
  std::vector<std::string> to;
};

struct FieldRule {
  FieldDef def;
  std::vector<SourceRef> sources;  // the first non-empty one is used
  ParseKind kind = ParseKind::kText;
  ListRule list;
  CodesRule codes;
  int lookup_vocabulary = 0;
  ClassifyRule classify;
  ReferenceRule reference;
};

struct ProfileSpec {
  std::string name;
  std::string title;
  std::string description;
  std::string origin;
  std::vector<ColumnRule> columns;
  std::vector<Vocabulary> vocabularies;
  std::vector<FieldRule> fields;
  std::vector<FieldDef> field_defs;  // fields[i].def, for Profile::fields()
  std::optional<int> key;            // index into fields
  std::string key_name;              // "" when no key
};

}  // namespace tablift
