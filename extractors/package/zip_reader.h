// ZipReader: read-only access to the entries of a ZIP archive held in memory (a DOCX or ODF
// package).
//
// The only place that talks to libzip. Every libzip failure becomes tablift::Error(kBadInput)
// with a one-line message. Entry sizes declared by the archive are never trusted: Read() counts
// inflated bytes and stops at the given limit, so a zip bomb costs at most that much memory.
// Not thread-safe (one libzip handle); the bytes passed in must outlive the reader.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tablift::package {

class ZipReader {
 public:
  // True when `bytes` start like a ZIP archive (a local file header, "PK\3\4").
  static bool LooksLikeZip(std::string_view bytes);

  // Opens the archive. Throws Error(kBadInput) when the bytes are not a ZIP or it is corrupt.
  explicit ZipReader(std::string_view bytes);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // The inflated contents of entry `name` (matched case-insensitively, as OPC part names are),
  // or nullopt when there is no such entry. Throws Error(kBadInput) when the entry is
  // encrypted, corrupt, or inflates past `max_bytes`.
  std::optional<std::string> Read(const std::string& name, std::uint64_t max_bytes) const;

  // True when the archive has an entry `name` (matched case-insensitively).
  bool Contains(const std::string& name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tablift::package
