// A compiled regular expression with named groups, for profiles: PCRE2 (Perl syntax, UTF-8
// mode, Unicode properties; named groups as (?<name>...)). The only file that includes pcre2.h
// is profile_regex.cc. PCRE2 matches with a bounded heap rather than recursion, so a long cell
// cannot overflow the stack, and its default match limit stops catastrophic backtracking.
// Immutable after Compile; Match may be called from several threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tablift {

class ProfileRegex {
 public:
  // Throws std::invalid_argument("<PCRE2 message> at offset N") when the pattern does not
  // compile. Callers turn that into Error(kBadProfile).
  static ProfileRegex Compile(const std::string& pattern);

  // The pattern's named groups, in group-number order.
  const std::vector<std::string>& group_names() const { return names_; }
  const std::string& pattern() const { return pattern_; }

  struct Match {
    bool matched = false;
    std::string error;  // non-empty when PCRE2 gave up (match limit, invalid UTF-8)
    // Parallel to group_names(); nullopt for a group that did not take part in the match.
    std::vector<std::optional<std::string>> groups;
  };
  // Searches the subject (anchor with ^...$ in the pattern to match the whole text).
  Match Search(std::string_view subject) const;

 private:
  struct Code;
  std::shared_ptr<const Code> code_;
  std::vector<std::string> names_;
  std::vector<int> numbers_;  // group number of each name
  std::string pattern_;
};

}  // namespace tablift
