// An input document as bytes plus what is known about it, and format detection by content.
// Accepting bytes (not only paths) lets tests build small documents in memory.
#pragma once

#include <cstdint>
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

// Detects the format from the first bytes: "PK\3\4" -> kDocx (a ZIP; the DOCX extractor checks
// for word/document.xml), "%PDF-" within the first 1024 bytes -> kPdf, else kUnknown.
InputFormat DetectFormat(std::string_view bytes);

const char* FormatName(InputFormat f);  // "docx", "pdf", "unknown"

// Lowercase hex SHA-256 of the bytes.
std::string Sha256Hex(std::string_view bytes);

// Fills path, file_name, format, sha256 and bytes of a SourceInfo for this source.
SourceInfo DescribeSource(const Source& src, InputFormat f);

}  // namespace tablift
