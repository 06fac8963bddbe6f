// Internal to the profile engine: finding a profile's columns in a RecordTable by header
// pattern or position, used both by the `auto` choice and by ApplyProfile. Thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "core/record.h"
#include "profiles/profile_spec.h"

namespace tablift {

struct ColumnBinding {
  std::optional<int> index;  // the RecordTable column, when found
  bool by_header = false;    // found through a header pattern (not only by position)
};

// One binding per ProfileSpec::columns entry. A column is found by the first table column whose
// folded title equals one of its folded header patterns; failing that (or without patterns), by
// its 1-based position when the table has that many columns. Two profile columns never bind the
// same table column by header (the earlier one wins).
std::vector<ColumnBinding> BindColumns(const ProfileSpec& spec, const RecordTable& table);

}  // namespace tablift
