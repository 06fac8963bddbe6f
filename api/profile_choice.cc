#include "api/profile_choice.h"

#include <algorithm>

#include "profiles/profile_spec.h"

namespace tablift {
namespace {

constexpr const char* kAuto = "auto";

bool BindsByHeader(const Profile& p) {
  const auto& columns = p.spec().columns;
  return std::any_of(columns.begin(), columns.end(),
                     [](const ColumnRule& c) { return !c.headers.empty(); });
}

ProfileInfo InfoOf(const Profile& p) {
  ProfileInfo info;
  info.name = p.name();
  info.origin = p.origin();
  info.title = p.spec().title.empty() ? p.description() : p.spec().title;
  info.description = p.description();
  info.fields = p.fields();
  return info;
}

}  // namespace

ProfileChoice::ProfileChoice(const std::string& argument) : argument_(argument) {
  if (!argument_.empty() && argument_ != kAuto) fixed_ = LoadProfile(argument_);
}

const Profile* ProfileChoice::For(const RecordTable& table) const {
  if (!enabled()) return nullptr;
  if (!fixed_) return MatchProfile(table, BuiltinProfiles());
  if (!BindsByHeader(*fixed_) || ProfileMatches(*fixed_, table)) return &*fixed_;
  return nullptr;
}

void ApplyProfiles(ExportDocument& doc, const ProfileChoice& choice, const ExportMetadata& base) {
  doc.metadata = base;
  std::vector<const Profile*> used;
  for (const RecordTable& t : doc.tables) {
    const Profile* p = choice.For(t);
    if (p == nullptr) continue;
    doc.typed.push_back(ApplyProfile(*p, t));
    if (std::find(used.begin(), used.end(), p) == used.end()) used.push_back(p);
  }
  if (used.empty() && !doc.tables.empty()) {
    doc.diagnostics.push_back({Severity::kWarning, "profile.no-table",
                               "profile " + choice.argument() +
                                   " applies to no table of this document; its tables stay generic",
                               ""});
  }
  std::sort(used.begin(), used.end(), [](auto* a, auto* b) { return a->name() < b->name(); });
  for (const Profile* p : used) doc.metadata.profiles.push_back(InfoOf(*p));
}

}  // namespace tablift
