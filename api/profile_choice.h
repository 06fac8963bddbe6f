// Wiring profiles into the conversion (issue 4): the profile choice, loaded once before any
// input is read, and applying it to a normalized document so that the exporters write typed
// records (ExportDocument::typed and ::metadata, with each profile's field declarations).
// A ProfileChoice is immutable after construction and safe to share between threads.
#pragma once

#include <optional>
#include <string>

#include "core/record.h"
#include "profiles/profile.h"

namespace tablift {

class ProfileChoice {
 public:
  // "" = no profile; "auto" = each table gets the shipped profile that matches it (if any);
  // anything else is loaded with LoadProfile. Throws Error(kBadProfile, "<profile>: <problem>").
  explicit ProfileChoice(const std::string& argument);

  bool enabled() const { return !argument_.empty(); }
  const std::string& argument() const { return argument_; }
  // The profile for this table: the fixed one when it applies (a profile bound by position
  // applies to every table; one bound by headers to the tables it matches), the `auto` match,
  // or nullptr (the table stays generic).
  const Profile* For(const RecordTable& table) const;

 private:
  std::string argument_;
  std::optional<Profile> fixed_;
};

// Types every table a profile applies to: fills doc.typed (in table order) and doc.metadata
// (run-wide `base`, plus each profile used, sorted by name). When the profile
// applies to no table, a "profile.no-table" warning joins the document's diagnostics.
void ApplyProfiles(ExportDocument& doc, const ProfileChoice& choice, const ExportMetadata& base);

}  // namespace tablift
