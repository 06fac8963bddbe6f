#include "core/source.h"

#include <fmt/core.h>
#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "core/error.h"

namespace tablift {

Source ReadSource(const std::string& path, const Limits& limits) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) throw Error(ExitCode::kBadInput, "no such file");
  if (fs::is_directory(st)) throw Error(ExitCode::kBadInput, "is a directory, not a file");
  const auto size = fs::file_size(path, ec);
  if (!ec && size > limits.max_input_bytes) {
    throw Error(ExitCode::kBadInput, fmt::format("file is {} bytes, over the limit of {} bytes",
                                                 size, limits.max_input_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::kBadInput, "cannot open the file for reading");
  return ReadSource(in, path, limits);
}

Source ReadSource(std::istream& in, const std::string& name, const Limits& limits) {
  // Counted while reading: a device or pipe (/dev/zero, a FIFO, stdin) has no size to check first.
  constexpr std::size_t kChunk = 1 << 16;
  std::string bytes;
  std::vector<char> chunk(kChunk);
  while (in.read(chunk.data(), kChunk) || in.gcount() > 0) {
    bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > limits.max_input_bytes) {
      throw Error(ExitCode::kBadInput,
                  fmt::format("input is over the limit of {} bytes", limits.max_input_bytes));
    }
  }
  if (in.bad()) throw Error(ExitCode::kBadInput, "read error");
  return Source{name, std::move(bytes)};
}

InputFormat DetectFormat(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return InputFormat::kDocx;
  // The PDF specification allows junk before the header; readers accept it in the first 1 KiB.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::kPdf;
  return InputFormat::kUnknown;
}

bool IsOle2(std::string_view bytes) {
  constexpr std::string_view kOle2Magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  return bytes.substr(0, kOle2Magic.size()) == kOle2Magic;
}

const char* FormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kDocx:
      return "docx";
    case InputFormat::kPdf:
      return "pdf";
    case InputFormat::kUnknown:
      break;
  }
  return "unknown";
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1) {
    throw Error(ExitCode::kInternal, "SHA-256 computation failed");
  }
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[md[i] >> 4];
    out += kHex[md[i] & 15];
  }
  return out;
}

SourceInfo DescribeSource(const Source& src, InputFormat f) {
  return DescribeSource(src, std::string(FormatName(f)));
}

SourceInfo DescribeSource(const Source& src, std::string format_name) {
  SourceInfo info;
  info.path = src.path;
  info.file_name = std::filesystem::path(src.path).filename().string();
  info.format = std::move(format_name);
  info.sha256 = Sha256Hex(src.bytes);
  info.bytes = src.bytes.size();
  return info;
}

}  // namespace tablift
