#include "profiles/profile_match.h"

#include <algorithm>
#include <string>

#include "profiles/profile.h"
#include "profiles/profile_text.h"

namespace tablift {
namespace {

std::optional<int> FindByHeader(const ColumnRule& rule, const std::vector<std::string>& titles,
                                const std::vector<bool>& taken) {
  for (std::size_t i = 0; i < titles.size(); ++i) {
    if (taken[i]) continue;
    if (std::find(rule.folded_headers.begin(), rule.folded_headers.end(), titles[i]) !=
        rule.folded_headers.end()) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

// The number of required header-bound columns found by header, or -1 when one is missing or
// the profile binds nothing by header.
int MatchScore(const ProfileSpec& spec, const RecordTable& table) {
  std::vector<ColumnBinding> bindings = BindColumns(spec, table);
  int score = 0;
  for (std::size_t i = 0; i < bindings.size(); ++i) {
    const ColumnRule& rule = spec.columns[i];
    if (rule.headers.empty()) continue;
    if (bindings[i].by_header) {
      ++score;
    } else if (rule.required) {
      return -1;
    }
  }
  return score > 0 ? score : -1;
}

}  // namespace

std::vector<ColumnBinding> BindColumns(const ProfileSpec& spec, const RecordTable& table) {
  std::vector<std::string> titles;
  for (const Column& column : table.columns) titles.push_back(FoldForMatch(column.title));
  std::vector<bool> taken(titles.size(), false);
  std::vector<ColumnBinding> bindings(spec.columns.size());
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    bindings[i].index = FindByHeader(spec.columns[i], titles, taken);
    if (bindings[i].index) {
      bindings[i].by_header = true;
      taken[*bindings[i].index] = true;
    }
  }
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    int position = spec.columns[i].position;
    if (!bindings[i].index && position > 0 && position <= static_cast<int>(titles.size())) {
      bindings[i].index = position - 1;
    }
  }
  return bindings;
}

bool ProfileMatches(const Profile& profile, const RecordTable& table) {
  return MatchScore(profile.spec(), table) >= 0;
}

const Profile* MatchProfile(const RecordTable& table, const std::vector<Profile>& candidates) {
  const Profile* best = nullptr;
  int best_score = -1;
  for (const Profile& candidate : candidates) {
    int score = MatchScore(candidate.spec(), table);
    if (score > best_score) {
      best = &candidate;
      best_score = score;
    }
  }
  return best;
}

}  // namespace tablift
