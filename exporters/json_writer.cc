#include "exporters/json_writer.h"

#include <charconv>
#include <string>
#include <string_view>

#include "core/json_string.h"
#include "core/text.h"

namespace tablift {
namespace {

using Json = nlohmann::ordered_json;

bool IsValidUtf8(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    // Malformed input decodes as U+FFFD consuming one byte; a real U+FFFD takes three.
    if (DecodeUtf8(s, pos) == 0xFFFD && pos - start == 1) return false;
  }
  return true;
}

void AppendString(std::string& buf, const std::string& s) {
  if (IsValidUtf8(s)) {
    AppendJsonString(buf, s);
  } else {
    buf += Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

template <typename Int>
void AppendInteger(std::string& buf, Int v) {
  char tmp[32];
  const auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
  buf.append(tmp, res.ptr);
}

class Writer {
 public:
  Writer(std::string& buf, int indent) : buf_(buf), indent_(indent) {}

  void Value(const Json& v, int level) {
    switch (v.type()) {
      case Json::value_t::object:
        Object(v, level);
        break;
      case Json::value_t::array:
        Array(v, level);
        break;
      case Json::value_t::string:
        AppendString(buf_, v.get_ref<const std::string&>());
        break;
      case Json::value_t::number_integer:
        AppendInteger(buf_, v.get<std::int64_t>());
        break;
      case Json::value_t::number_unsigned:
        AppendInteger(buf_, v.get<std::uint64_t>());
        break;
      default:
        buf_ += v.dump(-1, ' ', false, Json::error_handler_t::replace);
        break;
    }
  }

 private:
  void Open(char bracket, int level) {
    buf_ += bracket;
    if (indent_ >= 0) buf_ += '\n';
    (void)level;
  }
  void Pad(int level) {
    if (indent_ > 0) buf_.append(static_cast<std::size_t>(level * indent_), ' ');
  }
  void Separator() { buf_ += indent_ >= 0 ? ",\n" : ","; }
  void Close(char bracket, int level) {
    if (indent_ >= 0) {
      buf_ += '\n';
      Pad(level);
    }
    buf_ += bracket;
  }

  void Object(const Json& v, int level) {
    if (v.empty()) {
      buf_ += "{}";
      return;
    }
    Open('{', level);
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) Separator();
      first = false;
      Pad(level + 1);
      AppendString(buf_, it.key());
      buf_ += indent_ >= 0 ? ": " : ":";
      Value(it.value(), level + 1);
    }
    Close('}', level);
  }

  void Array(const Json& v, int level) {
    if (v.empty()) {
      buf_ += "[]";
      return;
    }
    Open('[', level);
    bool first = true;
    for (const Json& item : v) {
      if (!first) Separator();
      first = false;
      Pad(level + 1);
      Value(item, level + 1);
    }
    Close(']', level);
  }

  std::string& buf_;
  int indent_;
};

}  // namespace

void WriteJson(std::ostream& out, const nlohmann::ordered_json& value, int indent) {
  std::string buf;
  Writer(buf, indent).Value(value, 0);
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

}  // namespace tablift
