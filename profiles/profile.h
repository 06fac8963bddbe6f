// Report profiles: declarative JSON files that turn a known kind of table into typed records
// (core/typed.h). The format is documented in docs/profiles.md; shipped profiles live in
// profiles/builtin/*.json and are embedded in the library at build time.
//
// A Profile is an immutable, cheaply copyable handle to a validated, compiled profile: every
// check (JSON syntax, keys, types, regular expressions, references between fields) happens when
// it is loaded, so applying it never fails for reasons of the profile itself. Problems in the
// data (an unknown code, a cell the pattern does not match) become Diagnostics. Profiles can be
// shared between threads; all functions here are thread-safe.
//
//   Profile p = LoadProfile("cedaw-followup");      // or "my.json", or text via ParseProfile
//   const Profile* chosen = MatchProfile(table, BuiltinProfiles());  // the `auto` choice
//   TypedTable typed = ApplyProfile(p, table);
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/typed.h"

namespace tablift {

struct ProfileSpec;  // the compiled form (profiles/profile_spec.h)

class Profile {
 public:
  explicit Profile(std::shared_ptr<const ProfileSpec> spec);

  const std::string& name() const;
  const std::string& description() const;
  // Where it came from: the builtin name, or the path it was read from.
  const std::string& origin() const;
  // The declarations of the fields every typed record has, in order.
  const std::vector<FieldDef>& fields() const;
  // The key field's name, or "" when the profile declares none.
  const std::string& key_field() const;

  const ProfileSpec& spec() const { return *spec_; }

 private:
  std::shared_ptr<const ProfileSpec> spec_;
};

// The longest profile `name` ParseProfile accepts.
inline constexpr std::size_t kMaxProfileNameLength = 100;

// Parses and validates a profile from JSON text. `origin` names it in error messages.
// Throws Error(kBadProfile, "<origin>: <problem>") for invalid JSON, a missing required key, an
// unknown key or field type, a regular expression that does not compile, or a reference to an
// undefined column, field or vocabulary.
Profile ParseProfile(const std::string& json_text, const std::string& origin);

// Loads a profile by name (a shipped profile, e.g. "cedaw-followup") or by path (an argument
// that ends in ".json" or contains a '/'). Throws Error(kBadProfile, ...) as ParseProfile does,
// and for an unknown name or an unreadable file.
Profile LoadProfile(const std::string& name_or_path);

// The shipped profiles, sorted by name. Parsed once, on first use.
const std::vector<Profile>& BuiltinProfiles();
// The names of the shipped profiles, sorted.
std::vector<std::string> BuiltinProfileNames();

// True when every required column of the profile that is bound by header patterns is found
// among the table's column titles (compared case-, accent-, space- and punctuation-blind, so
// "Verantwoordel ijk land/ ministerie" matches "Verantwoordelijk land/ ministerie"). A profile
// that binds no column by header never matches.
bool ProfileMatches(const Profile& profile, const RecordTable& table);

// The `auto` choice: among the candidates that match the table, the one with the most columns
// bound by header (the first of equals); nullptr when none matches (keep the generic records).
const Profile* MatchProfile(const RecordTable& table, const std::vector<Profile>& candidates);

// Builds the typed records of one table. Never throws for the data's sake: a required column
// the table lacks, a cell the pattern does not match, an unknown code, a duplicate or missing
// key each become a Diagnostic in the result (and the value falls back or is null, never
// silently dropped).
TypedTable ApplyProfile(const Profile& profile, const RecordTable& table);

}  // namespace tablift
