#include "exporters/typed_view.h"

#include <algorithm>

#include "core/error.h"
#include "core/text.h"

namespace tablift {

void CheckTyped(const ExportDocument& doc) {
  for (std::size_t i = 0; i < doc.typed.size(); ++i) {
    const TypedTable& t = doc.typed[i];
    const bool known = std::any_of(doc.tables.begin(), doc.tables.end(),
                                   [&](const RecordTable& r) { return r.index == t.index; });
    const bool unique = TypedFor(doc, t.index) == &t;
    if (!known || !unique)
      throw Error(ExitCode::kInternal, "typed table " + std::to_string(t.index) +
                                           (known ? " given twice" : " has no table"));
    for (const Value& r : t.records) {
      if (!r.is_object()) throw Error(ExitCode::kInternal, "a typed record is not an object");
    }
    ProfileFor(doc, t.profile);
  }
}

const TypedTable* TypedFor(const ExportDocument& doc, int table_index) {
  for (const TypedTable& t : doc.typed) {
    if (t.index == table_index) return &t;
  }
  return nullptr;
}

const ProfileInfo& ProfileFor(const ExportDocument& doc, const std::string& name) {
  for (const ProfileInfo& p : doc.metadata.profiles) {
    if (p.name == name) return p;
  }
  throw Error(ExitCode::kInternal, "no metadata for profile " + name);
}

Value WithSourceHash(const Value& record, const std::string& sha256) {
  Value out = Value::Object();
  for (const Value::Member& m : record.AsObject()) {
    if (m.key != "_source" || !m.value.is_object()) {
      out.Set(m.key, m.value);
      continue;
    }
    Value source = Value::Object();
    source.Set("sha256", sha256);
    for (const Value::Member& s : m.value.AsObject()) {
      if (s.key != "sha256") source.Set(s.key, s.value);
    }
    out.Set(m.key, std::move(source));
  }
  return out;
}

OrderedJson ToJson(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      return nullptr;
    case Value::Kind::kBool:
      return v.AsBool();
    case Value::Kind::kInt:
      return v.AsInt();
    case Value::Kind::kDouble:
      return v.AsDouble();
    case Value::Kind::kString:
      return SanitizeUtf8(v.AsString());
    case Value::Kind::kArray: {
      OrderedJson list = OrderedJson::array();
      for (const Value& item : v.AsArray()) list.push_back(ToJson(item));
      return list;
    }
    case Value::Kind::kObject:
      break;
  }
  OrderedJson obj = OrderedJson::object();
  for (const Value::Member& m : v.AsObject()) obj[SanitizeUtf8(m.key)] = ToJson(m.value);
  return obj;
}

ExportDocument GenericPart(const ExportDocument& doc) {
  ExportDocument out;
  out.source = doc.source;
  out.diagnostics = doc.diagnostics;
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    if (TypedFor(doc, doc.tables[i].index)) continue;
    out.tables.push_back(doc.tables[i]);
    if (!doc.grids.empty()) out.grids.push_back(doc.grids[i]);
  }
  return out;
}

std::ostream& SuffixMapSink::Open(const std::string& suffix) {
  if (std::optional<std::string> mapped = map_(suffix)) return inner_.Open(*mapped);
  discarded_.push_back(std::make_unique<std::ostringstream>());
  return *discarded_.back();
}

std::ostream& StringSink::Open(const std::string& suffix) {
  files_.emplace_back(suffix, std::make_unique<std::ostringstream>());
  return *files_.back().second;
}

std::string StringSink::Text(const std::string& suffix) const {
  for (const auto& [name, stream] : files_) {
    if (name == suffix) return stream->str();
  }
  return "";
}

}  // namespace tablift
