// A small JSON-like value: null, bool, 64-bit integer, double, UTF-8 string, array, or object
// whose keys keep their insertion order. Typed records (core/typed.h) are Values, so that core/
// and the stages never depend on a JSON library; exporters translate Values into their format.
//
// Invariants: an object holds each key at most once (Set replaces in place, keeping the key's
// position); the kind never changes behind the caller's back (As*() on the wrong kind is a
// precondition violation and throws std::logic_error). Plain value: thread-compatible.
//
//   Value rec = Value::Object();
//   rec.Set("id", "9a");
//   rec.Set("paragraph", 9);
//   rec.Set("subparagraph", nullptr);
//   rec.ToJson();  // {"id":"9a","paragraph":9,"subparagraph":null}
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tablift {

class Value {
 public:
  enum class Kind { kNull, kBool, kInt, kDouble, kString, kArray, kObject };
  struct Member;  // {key, value}
  using ArrayItems = std::vector<Value>;
  using ObjectMembers = std::vector<Member>;

  // Defined below Member: clang (with libstdc++) instantiates data_'s destructor in each
  // constructor, which needs Member complete.
  Value();  // null
  Value(std::nullptr_t);
  Value(bool b);
  Value(int i);
  Value(std::int64_t i);
  Value(double d);
  Value(const char* s);
  Value(std::string s);
  Value(std::string_view s);
  Value(ArrayItems items);

  static Value Array();
  static Value Object();

  Kind kind() const { return static_cast<Kind>(data_.index()); }
  bool is_null() const { return kind() == Kind::kNull; }
  bool is_string() const { return kind() == Kind::kString; }
  bool is_array() const { return kind() == Kind::kArray; }
  bool is_object() const { return kind() == Kind::kObject; }

  bool AsBool() const;
  std::int64_t AsInt() const;
  double AsDouble() const;  // also accepts an integer
  const std::string& AsString() const;
  const ArrayItems& AsArray() const;
  ArrayItems& AsArray();
  const ObjectMembers& AsObject() const;

  // Object access. Find returns nullptr when the key is absent (or this is not an object).
  const Value* Find(std::string_view key) const;
  Value* Find(std::string_view key);
  // Sets key to v, replacing an existing value in place or appending; returns the stored value.
  // Requires an object.
  Value& Set(std::string key, Value v);

  // Array access. Requires an array.
  Value& Append(Value v);
  std::size_t size() const;  // items or members; 0 for scalars

  // Compact JSON text (no spaces), keys in insertion order, strings escaped by the one JSON
  // escaper (core/json_string.h: short escapes, other control characters as \u00xx, UTF-8 as
  // is). A double that is not finite becomes null. For tests, logs and diagnostics.
  std::string ToJson() const;

  friend bool operator==(const Value& a, const Value& b);

 private:
  explicit Value(ObjectMembers members);

  // The alternatives' order is Kind's order.
  std::variant<std::monostate, bool, std::int64_t, double, std::string, ArrayItems, ObjectMembers>
      data_;
};

struct Value::Member {
  std::string key;
  Value value;
  friend bool operator==(const Member& a, const Member& b) {
    return a.key == b.key && a.value == b.value;
  }
};

inline Value::Value() = default;
inline Value::Value(std::nullptr_t) {}
inline Value::Value(bool b) : data_(b) {}
inline Value::Value(int i) : data_(std::int64_t{i}) {}
inline Value::Value(std::int64_t i) : data_(i) {}
inline Value::Value(double d) : data_(d) {}
inline Value::Value(const char* s) : data_(std::string(s)) {}
inline Value::Value(std::string s) : data_(std::move(s)) {}
inline Value::Value(std::string_view s) : data_(std::string(s)) {}
inline Value::Value(ArrayItems items) : data_(std::move(items)) {}
inline Value::Value(ObjectMembers members) : data_(std::move(members)) {}
inline Value Value::Array() { return Value(ArrayItems{}); }

const char* KindName(Value::Kind kind);

}  // namespace tablift
