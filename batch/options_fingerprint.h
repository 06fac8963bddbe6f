// The options fingerprint of `tablift batch --resume` (docs/batch.md): SHA-256 (hex) of
// everything that changes an input's output bytes: the tablift version, every member of the
// library's conversion options (the PDF password only through its hash; the run's metadata
// holds SOURCE_DATE_EPOCH), the resolved formats, every member of the export options, the
// --table selection, and the bytes of a profile given by path (--name-by changes the output
// names, and so which marker is looked for, not the bytes). The options are serialized by walking
// their members (batch/aggregate_fields.h), so a member added later is in the fingerprint without
// anyone remembering to add it. Deterministic; pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "batch/aggregate_fields.h"
#include "cli/options.h"
#include "core/exporter.h"
#include "tablift/convert.h"

namespace tablift::batch {

template <class T>
struct IsVector : std::false_type {};
template <class T, class A>
struct IsVector<std::vector<T, A>> : std::true_type {};
template <class T>
struct IsPair : std::false_type {};
template <class A, class B>
struct IsPair<std::pair<A, B>> : std::true_type {};

// Every member of `v`, recursively, as JSON arrays in declaration order: strings, numbers and
// booleans as themselves, vectors and pairs as arrays, aggregates member by member. A type it
// cannot walk is a compile error, never left out.
template <class T>
nlohmann::ordered_json FieldsJson(const T& v) {
  if constexpr (std::is_same_v<T, std::string> || std::is_arithmetic_v<T>) {
    return v;
  } else if constexpr (std::is_enum_v<T>) {
    return static_cast<long long>(v);
  } else if constexpr (IsVector<T>::value) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& e : v) out.push_back(FieldsJson(e));
    return out;
  } else if constexpr (IsPair<T>::value) {
    return nlohmann::ordered_json::array({FieldsJson(v.first), FieldsJson(v.second)});
  } else {
    static_assert(Aggregate<T>, "FieldsJson: add a case for this member type");
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    ForEachField(v, [&](const auto& member) { out.push_back(FieldsJson(member)); });
    return out;
  }
}

// `tables`: --table's selection (empty = every table).
std::string OptionsFingerprint(const ConversionOptions& convert,
                               const std::vector<std::string>& formats, const ExportOptions& output,
                               const std::vector<int>& tables = {});

// The fingerprint of a command line's convert options (cli/library_options.h). Throws
// Error(kUsage) for bad --meta pairs or SOURCE_DATE_EPOCH.
std::string OptionsFingerprint(const cli::ConvertOptions& options);

}  // namespace tablift::batch
