#include "core/value.h"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "core/json_string.h"

namespace tablift {
namespace {

[[noreturn]] void WrongKind(Value::Kind want, Value::Kind have) {
  throw std::logic_error(
      fmt::format("Value: expected {}, have {}", KindName(want), KindName(have)));
}

void AppendJson(const Value& v, std::string& out);

void AppendContainer(const Value& v, std::string& out) {
  bool first = true;
  if (v.is_array()) {
    out += '[';
    for (const Value& item : v.AsArray()) {
      out += first ? "" : ",";
      first = false;
      AppendJson(item, out);
    }
    out += ']';
    return;
  }
  out += '{';
  for (const Value::Member& m : v.AsObject()) {
    out += first ? "" : ",";
    first = false;
    AppendJsonString(out, m.key);
    out += ':';
    AppendJson(m.value, out);
  }
  out += '}';
}

void AppendJson(const Value& v, std::string& out) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      out += "null";
      break;
    case Value::Kind::kBool:
      out += v.AsBool() ? "true" : "false";
      break;
    case Value::Kind::kInt:
      out += std::to_string(v.AsInt());
      break;
    case Value::Kind::kDouble:
      out += std::isfinite(v.AsDouble()) ? fmt::format("{}", v.AsDouble()) : "null";
      break;
    case Value::Kind::kString:
      AppendJsonString(out, v.AsString());
      break;
    case Value::Kind::kArray:
    case Value::Kind::kObject:
      AppendContainer(v, out);
      break;
  }
}

}  // namespace

Value Value::Object() { return Value(ObjectMembers{}); }

bool Value::AsBool() const {
  if (kind() != Kind::kBool) WrongKind(Kind::kBool, kind());
  return std::get<bool>(data_);
}

std::int64_t Value::AsInt() const {
  if (kind() != Kind::kInt) WrongKind(Kind::kInt, kind());
  return std::get<std::int64_t>(data_);
}

double Value::AsDouble() const {
  if (kind() == Kind::kInt) return static_cast<double>(std::get<std::int64_t>(data_));
  if (kind() != Kind::kDouble) WrongKind(Kind::kDouble, kind());
  return std::get<double>(data_);
}

const std::string& Value::AsString() const {
  if (kind() != Kind::kString) WrongKind(Kind::kString, kind());
  return std::get<std::string>(data_);
}

const Value::ArrayItems& Value::AsArray() const {
  if (kind() != Kind::kArray) WrongKind(Kind::kArray, kind());
  return std::get<ArrayItems>(data_);
}

Value::ArrayItems& Value::AsArray() {
  if (kind() != Kind::kArray) WrongKind(Kind::kArray, kind());
  return std::get<ArrayItems>(data_);
}

const Value::ObjectMembers& Value::AsObject() const {
  if (kind() != Kind::kObject) WrongKind(Kind::kObject, kind());
  return std::get<ObjectMembers>(data_);
}

const Value* Value::Find(std::string_view key) const {
  if (!is_object()) return nullptr;
  for (const Member& m : std::get<ObjectMembers>(data_)) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

Value* Value::Find(std::string_view key) {
  return const_cast<Value*>(static_cast<const Value&>(*this).Find(key));
}

Value& Value::Set(std::string key, Value v) {
  if (!is_object()) WrongKind(Kind::kObject, kind());
  auto& members = std::get<ObjectMembers>(data_);
  for (Member& m : members) {
    if (m.key == key) return m.value = std::move(v);
  }
  members.push_back(Member{std::move(key), std::move(v)});
  return members.back().value;
}

Value& Value::Append(Value v) {
  ArrayItems& items = AsArray();
  items.push_back(std::move(v));
  return items.back();
}

std::size_t Value::size() const {
  if (is_array()) return std::get<ArrayItems>(data_).size();
  if (is_object()) return std::get<ObjectMembers>(data_).size();
  return 0;
}

std::string Value::ToJson() const {
  std::string out;
  AppendJson(*this, out);
  return out;
}

bool operator==(const Value& a, const Value& b) { return a.data_ == b.data_; }

const char* KindName(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::kNull:
      return "null";
    case Value::Kind::kBool:
      return "bool";
    case Value::Kind::kInt:
      return "integer";
    case Value::Kind::kDouble:
      return "number";
    case Value::Kind::kString:
      return "string";
    case Value::Kind::kArray:
      return "array";
    case Value::Kind::kObject:
      return "object";
  }
  return "?";
}

}  // namespace tablift
