// The shipped profiles (profiles/builtin/*.json), embedded in the library at build time by
// embed_profiles.cmake, so the binary needs no data files and works from any directory.
// Read-only static data; thread-safe.
#pragma once

#include <span>

namespace tablift {

struct EmbeddedProfile {
  const char* name;  // the file's stem, e.g. "cedaw-followup"
  const char* json;  // the file's bytes, NUL-terminated
};

// Every shipped profile, in file-name order. Defined in the generated profiles_embedded.cc.
std::span<const EmbeddedProfile> EmbeddedProfiles();

}  // namespace tablift
