// The one conversion call of the tablift library: a document (a file or its bytes) in, its
// records out, through the whole pipeline: the extractor its first bytes choose, the
// normalizer, and (when a profile is asked for) the typed records of each table it applies to.
// Writing the result is tablift/export.h. Every function is thread-safe; a Converter is
// immutable after construction and may be shared between threads (and forked processes).
#pragma once

#include <memory>
#include <string>

#include "core/extractor.h"
#include "core/record.h"
#include "core/source.h"
#include "core/table.h"

namespace tablift {

struct ConversionOptions {
  ExtractOptions extract;   // limits, PDF password, pages, structure tree, table method
  bool keep_grids = false;  // also keep each table's raw grid (ExportDocument::grids)
  // "" = generic records; "auto" = each table gets the shipped profile that matches it; else a
  // shipped profile's name or a profile file's path (docs/profiles.md).
  std::string profile;
  // The run-wide metadata of a typed export (options summary, meta pairs, created); its
  // requested_profile is always `profile`. Without a profile only `meta` and `created` reach
  // the generic export (its "metadata" object).
  ExportMetadata metadata;
};

// Reads one document and extracts its tables: the format is detected from the first bytes and
// doc.source is described (path, format, sha256, bytes, pages). Throws Error: kBadInput for a
// missing, unreadable or empty (kEmptyInput) input, UnsupportedInputError (core/error.h, also
// kBadInput) for an unsupported one, and whatever the extractor throws (kPassword, kNoText,
// ...); kNoTables when the document holds no table. Limits::max_input_bytes
// bounds reading a file (the path form); a Source's bytes are the caller's.
Document LoadDocument(const Source& source, const ExtractOptions& options = {});
Document LoadDocument(const std::string& path, const ExtractOptions& options = {});

// The message LoadDocument gives a source of 0 bytes (Error(kBadInput)).
inline constexpr const char* kEmptyInput = "empty file (0 bytes)";

class ProfileChoice;  // api/profile_choice.h

// Converts documents with one set of options. The constructor loads the profile once (throws
// Error(kBadProfile) for a bad one), so that many documents share it.
class Converter {
 public:
  explicit Converter(ConversionOptions options = {});
  ~Converter();
  Converter(Converter&&) noexcept;
  Converter& operator=(Converter&&) noexcept;

  // LoadDocument, then Convert(Document). Throws Error as LoadDocument does.
  ExportDocument Convert(const std::string& path) const;
  ExportDocument Convert(const Source& source) const;
  // Normalizes an extracted document and applies the profile.
  ExportDocument Convert(const Document& doc) const;

  const ConversionOptions& options() const { return options_; }

 private:
  ConversionOptions options_;
  std::unique_ptr<const ProfileChoice> profile_;
};

// Converter(options).Convert(path): for one document.
ExportDocument Convert(const std::string& path, const ConversionOptions& options = {});

}  // namespace tablift
