// Loading a profile's "fields" and "key": types, sources and per-field parsing rules.
#include <fmt/format.h>

#include <algorithm>

#include "profiles/profile_json.h"
#include "profiles/profile_text.h"

namespace tablift {
namespace {

struct KindInfo {
  const char* name;
  ParseKind kind;
  const char* type;  // the field type the kind produces ("" = the key field's type)
};

constexpr KindInfo kKinds[] = {
    {"text", ParseKind::kText, "string"},         {"integer", ParseKind::kInteger, "integer"},
    {"number", ParseKind::kNumber, "number"},     {"list", ParseKind::kList, "list<string>"},
    {"lookup", ParseKind::kLookup, "string"},     {"codes", ParseKind::kCodes, "list<object>"},
    {"classify", ParseKind::kClassify, "string"}, {"reference", ParseKind::kReference, ""},
};

constexpr const char* kTypes[] = {"string", "integer", "number", "list<string>", "list<object>"};

// Source names open to every profile, besides its columns and their patterns' named groups.
constexpr const char* kSectionSource = "$section";
constexpr const char* kCaptionSource = "$caption";

bool IsFieldName(const std::string& name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

using SourceTable = std::vector<SourceRef>;

SourceTable BuildSources(const ProfileJson& in, const ProfileSpec& spec) {
  SourceTable table;
  table.push_back({SourceRef::Kind::kSection, 0, 0, kSectionSource});
  table.push_back({SourceRef::Kind::kCaption, 0, 0, kCaptionSource});
  for (std::size_t c = 0; c < spec.columns.size(); ++c) {
    table.push_back({SourceRef::Kind::kColumn, static_cast<int>(c), 0, spec.columns[c].name});
  }
  for (std::size_t c = 0; c < spec.columns.size(); ++c) {
    if (!spec.columns[c].pattern) continue;
    const auto& names = spec.columns[c].pattern->group_names();
    for (std::size_t g = 0; g < names.size(); ++g) {
      for (const SourceRef& known : table) {
        if (known.name == names[g]) {
          in.Fail(JsonPath(JsonPath("columns", c), "pattern"),
                  fmt::format("group name '{}' is already a column or group name", names[g]));
        }
      }
      table.push_back(
          {SourceRef::Kind::kGroup, static_cast<int>(c), static_cast<int>(g), names[g]});
    }
  }
  return table;
}

std::vector<SourceRef> ResolveSources(const ProfileJson& in, const Json& node,
                                      const std::string& path, const SourceTable& sources) {
  std::vector<SourceRef> out;
  for (const std::string& name : in.Strings(node, "from", path)) {
    auto found = std::find_if(sources.begin(), sources.end(),
                              [&](const SourceRef& s) { return s.name == name; });
    if (found == sources.end()) {
      in.Fail(JsonPath(path, "from"),
              fmt::format("'{}' is not a column, a named group of a column's pattern, "
                          "$section or $caption",
                          name));
    }
    out.push_back(*found);
  }
  return out;
}

int FindVocabulary(const ProfileJson& in, const ProfileSpec& spec, const Json& node,
                   const std::string& path) {
  std::string name = in.String(node, "vocabulary", path, true);
  for (std::size_t i = 0; i < spec.vocabularies.size(); ++i) {
    if (spec.vocabularies[i].name == name) return static_cast<int>(i);
  }
  in.Fail(JsonPath(path, "vocabulary"), fmt::format("no vocabulary named '{}'", name));
}

std::string KeyName(const ProfileJson& in, const Json& node, const char* key,
                    const std::string& path, const char* fallback) {
  std::string name = node.contains(key) ? in.String(node, key, path) : fallback;
  if (!IsFieldName(name)) {
    in.Fail(JsonPath(path, key), fmt::format("'{}' is not a field name ([a-z][a-z0-9_]*)", name));
  }
  return name;
}

std::vector<std::string> NonEmptyStrings(const ProfileJson& in, const Json& node, const char* key,
                                         const std::string& path) {
  std::vector<std::string> values = in.Strings(node, key, path);
  if (values.empty() ||
      std::any_of(values.begin(), values.end(), [](const std::string& v) { return v.empty(); })) {
    in.Fail(JsonPath(path, key), "must hold at least one non-empty string");
  }
  return values;
}

void ReadList(const ProfileJson& in, const Json& node, const std::string& path, ListRule& rule) {
  in.CheckObject(node, path, {"kind", "separators", "strip_prefixes"});
  if (node.contains("separators")) rule.separators = NonEmptyStrings(in, node, "separators", path);
  rule.strip_prefixes = in.Strings(node, "strip_prefixes", path);
}

void ReadCodes(const ProfileJson& in, const ProfileSpec& spec, const Json& node,
               const std::string& path, FieldRule& field) {
  in.CheckObject(node, path,
                 {"kind", "vocabulary", "code_key", "label_key", "members", "separators"});
  CodesRule& rule = field.codes;
  rule.group_vocabulary = FindVocabulary(in, spec, node, path);
  rule.code_key = KeyName(in, node, "code_key", path, "code");
  rule.label_key = KeyName(in, node, "label_key", path, "label");
  if (node.contains("separators")) rule.separators = NonEmptyStrings(in, node, "separators", path);
  field.def.properties = {{rule.code_key, "", "string", "", {}, {}, true},
                          {rule.label_key, "", "string", "", {}, {}, false}};
  if (!node.contains("members")) return;
  const Json& members = node["members"];
  std::string mpath = JsonPath(path, "members");
  in.CheckObject(members, mpath, {"vocabulary", "key", "code_key", "label_key", "separator"});
  rule.member_vocabulary = FindVocabulary(in, spec, members, mpath);
  rule.members_key = KeyName(in, members, "key", mpath, "members");
  rule.member_code_key = KeyName(in, members, "code_key", mpath, "code");
  rule.member_label_key = KeyName(in, members, "label_key", mpath, "label");
  if (members.contains("separator")) {
    rule.member_separator = in.String(members, "separator", mpath, true);
  }
  // The member separator also cuts the text, whether or not "separators" lists it.
  if (std::find(rule.separators.begin(), rule.separators.end(), rule.member_separator) ==
      rule.separators.end()) {
    rule.separators.push_back(rule.member_separator);
  }
  FieldDef member_list{rule.members_key, "", "list<object>", "", {}, {}, true};
  member_list.properties = {{rule.member_code_key, "", "string", "", {}, {}, true},
                            {rule.member_label_key, "", "string", "", {}, {}, false}};
  field.def.properties.push_back(std::move(member_list));
}

void ReadClassify(const ProfileJson& in, const Json& node, const std::string& path,
                  FieldRule& field) {
  in.CheckObject(node, path, {"kind", "classes", "default"});
  ClassifyRule& rule = field.classify;
  if (node.contains("default")) rule.fallback = in.String(node, "default", path, true);
  field.def.values = {rule.fallback};
  const Json& classes = in.Array(node, "classes", path);
  for (std::size_t i = 0; i < classes.size(); ++i) {
    std::string cpath = JsonPath(JsonPath(path, "classes"), i);
    in.CheckObject(classes[i], cpath, {"value", "phrases", "match"});
    ClassRule cls;
    cls.value = in.String(classes[i], "value", cpath, true);
    for (const std::string& phrase : NonEmptyStrings(in, classes[i], "phrases", cpath)) {
      cls.folded_phrases.push_back(FoldForMatch(phrase));
      if (cls.folded_phrases.back().empty()) {
        in.Fail(JsonPath(cpath, "phrases"), fmt::format("'{}' has no letter or digit", phrase));
      }
    }
    std::string match =
        classes[i].contains("match") ? in.String(classes[i], "match", cpath) : "whole";
    if (match != "whole" && match != "prefix") {
      in.Fail(JsonPath(cpath, "match"), fmt::format("'{}' is not 'whole' or 'prefix'", match));
    }
    cls.prefix = match == "prefix";
    if (std::find(field.def.values.begin(), field.def.values.end(), cls.value) ==
        field.def.values.end()) {
      field.def.values.push_back(cls.value);
    }
    rule.classes.push_back(std::move(cls));
  }
}

void ReadReference(const ProfileJson& in, const Json& node, const std::string& path,
                   const std::vector<std::string>& field_names, FieldRule& field) {
  in.CheckObject(node, path, {"kind", "field", "when", "to"});
  std::string target = in.String(node, "field", path, true);
  auto found = std::find(field_names.begin(), field_names.end(), target);
  if (found == field_names.end() || target == field.def.name) {
    in.Fail(JsonPath(path, "field"), fmt::format("no other field named '{}'", target));
  }
  field.reference.field = static_cast<int>(found - field_names.begin());
  field.reference.when = NonEmptyStrings(in, node, "when", path);
  field.reference.to = NonEmptyStrings(in, node, "to", path);
}

const KindInfo& ReadKind(const ProfileJson& in, const Json& field_node, const std::string& path,
                         const std::string& type) {
  std::string name;
  if (field_node.contains("parse")) {
    in.CheckObject(field_node["parse"], JsonPath(path, "parse"),
                   {"kind", "separators", "strip_prefixes", "vocabulary", "code_key", "label_key",
                    "members", "classes", "default", "field", "when", "to"});
    name = in.String(field_node["parse"], "kind", JsonPath(path, "parse"));
  }
  if (name.empty()) {
    // Without a kind, the type says how: text, integer, number or list.
    auto by_type = std::find_if(std::begin(kKinds), std::end(kKinds),
                                [&](const KindInfo& k) { return k.type == type; });
    if (type == "list<object>") in.Fail(path, "a list<object> field needs parse kind 'codes'");
    name = by_type->name;
  }
  auto found = std::find_if(std::begin(kKinds), std::end(kKinds),
                            [&](const KindInfo& k) { return name == k.name; });
  if (found == std::end(kKinds)) {
    in.Fail(JsonPath(JsonPath(path, "parse"), "kind"),
            fmt::format("unknown parse kind '{}' (text, integer, number, list, lookup, codes, "
                        "classify, reference)",
                        name));
  }
  if (*found->type != '\0' && found->type != type) {
    in.Fail(JsonPath(path, "type"),
            fmt::format("parse kind '{}' gives {}, not {}", name, found->type, type));
  }
  return *found;
}

void ReadParse(const ProfileJson& in, const ProfileSpec& spec, const Json& node,
               const std::string& path, const std::vector<std::string>& names, FieldRule& field) {
  static const Json kEmpty = Json::object();
  const Json& parse = node.contains("parse") ? node["parse"] : kEmpty;
  std::string ppath = JsonPath(path, "parse");
  switch (field.kind) {
    case ParseKind::kText:
    case ParseKind::kInteger:
    case ParseKind::kNumber:
      in.CheckObject(parse, ppath, {"kind"});
      break;
    case ParseKind::kList:
      ReadList(in, parse, ppath, field.list);
      break;
    case ParseKind::kLookup:
      in.CheckObject(parse, ppath, {"kind", "vocabulary"});
      field.lookup_vocabulary = FindVocabulary(in, spec, parse, ppath);
      break;
    case ParseKind::kCodes:
      ReadCodes(in, spec, parse, ppath, field);
      break;
    case ParseKind::kClassify:
      ReadClassify(in, parse, ppath, field);
      break;
    case ParseKind::kReference:
      ReadReference(in, parse, ppath, names, field);
      break;
  }
}

FieldRule ReadField(const ProfileJson& in, const ProfileSpec& spec, const Json& node,
                    const std::string& path, const SourceTable& sources,
                    const std::vector<std::string>& names) {
  in.CheckObject(node, path, {"name", "title", "description", "type", "from", "required", "parse"});
  FieldRule field;
  field.def.name = in.String(node, "name", path, true);
  field.def.title = in.String(node, "title", path);
  field.def.description = in.String(node, "description", path);
  field.def.type = in.String(node, "type", path, true);
  field.def.required = in.Bool(node, "required", path, false);
  if (std::find(std::begin(kTypes), std::end(kTypes), field.def.type) == std::end(kTypes)) {
    in.Fail(JsonPath(path, "type"), fmt::format("unknown field type '{}' (string, integer, "
                                                "number, list<string>, list<object>)",
                                                field.def.type));
  }
  field.kind = ReadKind(in, node, path, field.def.type).kind;
  field.sources = ResolveSources(in, node, path, sources);
  if (field.kind == ParseKind::kReference && !field.sources.empty()) {
    in.Fail(JsonPath(path, "from"), "a reference field takes no 'from'");
  }
  if (field.kind != ParseKind::kReference && field.sources.empty()) {
    in.Fail(path, "missing required key 'from'");
  }
  ReadParse(in, spec, node, path, names, field);
  return field;
}

void CheckNames(const ProfileJson& in, const std::vector<std::string>& names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string path = JsonPath(JsonPath("fields", i), "name");
    if (!IsFieldName(names[i])) {
      in.Fail(path, fmt::format("'{}' is not a field name ([a-z][a-z0-9_]*)", names[i]));
    }
    if (std::find(names.begin(), names.begin() + i, names[i]) != names.begin() + i) {
      in.Fail(path, fmt::format("field '{}' is declared twice", names[i]));
    }
  }
}

void ReadKey(const ProfileJson& in, const Json& root, ProfileSpec& spec) {
  spec.key_name = in.String(root, "key", "");
  if (spec.key_name.empty()) return;
  for (std::size_t i = 0; i < spec.fields.size(); ++i) {
    if (spec.fields[i].def.name != spec.key_name) continue;
    FieldDef& def = spec.fields[i].def;
    if (def.type != "string" && def.type != "integer") {
      in.Fail("key", fmt::format("key field '{}' must be a string or integer, not {}",
                                 spec.key_name, def.type));
    }
    def.required = true;
    spec.key = static_cast<int>(i);
    return;
  }
  in.Fail("key", fmt::format("no field named '{}'", spec.key_name));
}

void CheckReferences(const ProfileJson& in, ProfileSpec& spec) {
  for (std::size_t i = 0; i < spec.fields.size(); ++i) {
    FieldRule& field = spec.fields[i];
    if (field.kind != ParseKind::kReference) continue;
    std::string path = JsonPath("fields", i);
    if (!spec.key) in.Fail(path, "a reference field needs the profile's 'key'");
    const std::string& key_type = spec.fields[*spec.key].def.type;
    if (field.def.type != key_type) {
      in.Fail(JsonPath(path, "type"), fmt::format("a reference holds a key: must be {}", key_type));
    }
    if (spec.fields[field.reference.field].kind == ParseKind::kReference) {
      in.Fail(JsonPath(JsonPath(path, "parse"), "field"), "cannot refer to a reference field");
    }
  }
}

}  // namespace

void ReadFields(const ProfileJson& in, const Json& root, ProfileSpec& spec) {
  const Json& nodes = in.Array(root, "fields", "");
  std::vector<std::string> names;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    names.push_back(nodes[i].is_object() ? in.String(nodes[i], "name", JsonPath("fields", i), true)
                                         : "");
  }
  CheckNames(in, names);
  SourceTable sources = BuildSources(in, spec);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    spec.fields.push_back(ReadField(in, spec, nodes[i], JsonPath("fields", i), sources, names));
  }
  ReadKey(in, root, spec);
  CheckReferences(in, spec);
  for (const FieldRule& field : spec.fields) spec.field_defs.push_back(field.def);
}

}  // namespace tablift
