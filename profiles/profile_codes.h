// The "codes" parser of the profile engine: a cell listing codes from a vocabulary, each
// optionally followed by member codes from a second vocabulary, e.g. responsible country and
// ministries: "KNL; OCW/BZK/JenV", "AUA\nCUR\nSXM", "BES; OCW\nAUA". Tolerant of line breaks
// anywhere (a PDF cell may print "Jen V" or "KNL;\nOCW"): the text is cut at the rule's
// separators, white space is removed, and each piece is tokenised on the vocabularies' codes
// (case-blind, fewest unknown characters first, then fewest tokens). Rules in docs/profiles.md.
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/value.h"
#include "profiles/profile_spec.h"

namespace tablift {

// A code the vocabularies do not know, kept as printed, or a member code with no group code
// before it. The engine turns each into a Diagnostic.
struct CodeProblem {
  enum class Kind { kUnknownGroup, kUnknownMember, kMemberWithoutGroup };
  Kind kind;
  std::string code;
};

// Returns an array of objects {code_key, label_key[, members_key: [{code, label}...]]} in the
// order printed; a code is never dropped (unknown ones get a null label). `members` is null when
// the rule has no member vocabulary.
Value ParseCodes(std::string_view text, const CodesRule& rule, const Vocabulary& groups,
                 const Vocabulary* members, std::vector<CodeProblem>& problems);

}  // namespace tablift
