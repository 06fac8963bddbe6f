// An input document as bytes plus what is known about it, and format detection by content.
// Accepting bytes (not only paths) lets tests build small documents in memory.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include "core/limits.h"
#include "core/table.h"

namespace tablift {

enum class InputFormat { kUnknown, kDocx, kPdf };

struct Source {
  std::string path;   // as given; used in messages and provenance ("<memory>" for tests)
  std::string bytes;  // the whole file
};

// Reads a file. Throws Error(kBadInput) when it is missing, unreadable, a directory, or larger
// than limits.max_input_bytes.
Source ReadSource(const std::string& path, const Limits& limits = {});

// Reads a stream to its end (standard input, a pipe) as the source named `name`. Throws
// Error(kBadInput) once more than limits.max_input_bytes were read, or on a read error.
Source ReadSource(std::istream& in, const std::string& name, const Limits& limits = {});

// A first guess from the first bytes, for picking candidate files cheaply: "PK\3\4" -> kDocx
// (any ZIP), "%PDF-" within the first 1024 bytes -> kPdf, else kUnknown. Which extractor reads
// a source is decided by the registry (extractors/registry.h), from the whole bytes.
InputFormat DetectFormat(std::string_view bytes);

// True when the bytes start with the OLE2 compound file signature of legacy Office files
// (.doc, .xls, .ppt), which tablift does not read but can name.
bool IsOle2(std::string_view bytes);

const char* FormatName(InputFormat f);  // "docx", "pdf", "unknown"

// Lowercase hex SHA-256 of the bytes.
std::string Sha256Hex(std::string_view bytes);

// Fills path, file_name, format, sha256 and bytes of a SourceInfo for this source.
SourceInfo DescribeSource(const Source& src, InputFormat f);
// The same with the format named by its extractor (Extractor::FormatName()).
SourceInfo DescribeSource(const Source& src, std::string format_name);

}  // namespace tablift
