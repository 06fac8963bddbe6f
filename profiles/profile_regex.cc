#include "profiles/profile_regex.h"

#include <fmt/format.h>

#include <stdexcept>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace tablift {

struct ProfileRegex::Code {
  pcre2_code* code = nullptr;
  ~Code() { pcre2_code_free(code); }
};

namespace {

// PCRE2 error messages are short; 256 bytes holds the longest with room to spare.
constexpr std::size_t kErrorBufferSize = 256;

std::string ErrorMessage(int error_code) {
  PCRE2_UCHAR buffer[kErrorBufferSize];
  if (pcre2_get_error_message(error_code, buffer, sizeof buffer) < 0) {
    return fmt::format("PCRE2 error {}", error_code);
  }
  return reinterpret_cast<const char*>(buffer);
}

std::uint32_t PatternInfo(const pcre2_code* code, std::uint32_t what) {
  std::uint32_t value = 0;
  pcre2_pattern_info(code, what, &value);
  return value;
}

}  // namespace

ProfileRegex ProfileRegex::Compile(const std::string& pattern) {
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   PCRE2_UTF | PCRE2_UCP, &error_code, &error_offset, nullptr);
  if (code == nullptr) {
    throw std::invalid_argument(
        fmt::format("{} at offset {}", ErrorMessage(error_code), error_offset));
  }
  ProfileRegex regex;
  auto owned = std::make_shared<Code>();
  owned->code = code;
  regex.code_ = owned;
  regex.pattern_ = pattern;
  // The name table: entries of a 2-byte big-endian group number followed by the name (NUL-ended).
  std::uint32_t count = PatternInfo(code, PCRE2_INFO_NAMECOUNT);
  std::uint32_t entry_size = PatternInfo(code, PCRE2_INFO_NAMEENTRYSIZE);
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  for (std::uint32_t i = 0; i < count; ++i) {
    PCRE2_SPTR entry = table + i * entry_size;
    regex.numbers_.push_back((entry[0] << 8) | entry[1]);
    regex.names_.emplace_back(reinterpret_cast<const char*>(entry + 2));
  }
  return regex;
}

ProfileRegex::Match ProfileRegex::Search(std::string_view subject) const {
  Match result;
  std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
      pcre2_match_data_create_from_pattern(code_->code, nullptr), &pcre2_match_data_free);
  int rc = pcre2_match(code_->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0,
                       0, data.get(), nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) return result;
  if (rc < 0) {
    result.error = ErrorMessage(rc);
    return result;
  }
  result.matched = true;
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data.get());
  for (int number : numbers_) {
    PCRE2_SIZE begin = ovector[2 * number];
    PCRE2_SIZE end = ovector[2 * number + 1];
    if (number >= rc || begin == PCRE2_UNSET) {
      result.groups.emplace_back();
    } else {
      result.groups.emplace_back(std::string(subject.substr(begin, end - begin)));
    }
  }
  return result;
}

}  // namespace tablift
