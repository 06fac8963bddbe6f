// Helpers shared by the typed-record exporters (--profile runs, docs/formats.md "Typed
// records"): finding a table's typed form, completing a record's provenance with the source's
// SHA-256, translating Values to JSON, and an OutputSink wrapper that renames or drops the files
// a generic exporter writes, so the typed exporters can reuse the generic bodies for the tables
// no profile applied to. Free functions over const data are thread-safe; a SuffixMapSink is not.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/exporter.h"
#include "core/record.h"

namespace tablift {

using OrderedJson = nlohmann::ordered_json;

// Throws Error(kInternal) when a typed table has no RecordTable of the same index, two typed
// tables share an index, a record is not an object, or a typed table's profile is not in
// doc.metadata.profiles: output would silently lose or misplace records.
void CheckTyped(const ExportDocument& doc);

// The typed form of the RecordTable with this index, or nullptr when it stayed generic.
const TypedTable* TypedFor(const ExportDocument& doc, int table_index);

// The profile named `name` (from doc.metadata.profiles). Throws Error(kInternal) when the
// library did not provide it.
const ProfileInfo& ProfileFor(const ExportDocument& doc, const std::string& name);

// A copy of `record` whose "_source" starts with {"sha256": sha256}, followed by its own keys.
Value WithSourceHash(const Value& record, const std::string& sha256);

// The JSON form of a Value (strings sanitized to valid UTF-8).
OrderedJson ToJson(const Value& v);

// A copy of the document holding only the tables that stayed generic (and their grids), with
// no typed tables and no metadata: what the generic exporters write for them.
ExportDocument GenericPart(const ExportDocument& doc);

// Forwards Open(suffix) to `inner` under the name `map(suffix)`; when `map` returns nullopt the
// file is written to a discarded buffer.
class SuffixMapSink final : public OutputSink {
 public:
  using Map = std::function<std::optional<std::string>(const std::string&)>;
  SuffixMapSink(OutputSink& inner, Map map) : inner_(inner), map_(std::move(map)) {}
  std::ostream& Open(const std::string& suffix) override;

 private:
  OutputSink& inner_;
  Map map_;
  std::vector<std::unique_ptr<std::ostringstream>> discarded_;
};

// Keeps every file in memory, by suffix, in the order opened.
class StringSink final : public OutputSink {
 public:
  std::ostream& Open(const std::string& suffix) override;
  std::string Text(const std::string& suffix) const;  // "" when never opened

 private:
  std::vector<std::pair<std::string, std::unique_ptr<std::ostringstream>>> files_;
};

}  // namespace tablift
