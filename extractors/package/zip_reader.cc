#include "extractors/package/zip_reader.h"

#include <fmt/core.h>
#include <zip.h>

#include <algorithm>

#include "core/error.h"

namespace tablift::package {
namespace {

// Inflate in chunks of this size: small enough to stop a zip bomb soon after the limit.
constexpr std::size_t kEndRecordSize = 22;  // the end-of-central-directory record
constexpr const char* kNotZip = "not a ZIP archive (truncated, or not a DOCX file)";
constexpr std::size_t kReadChunk = 64 * 1024;
// Reserve at most this much up front from a declared size, which a hostile archive may inflate.
constexpr std::uint64_t kMaxReserve = 16u << 20;

[[noreturn]] void Fail(const std::string& message) { throw Error(ExitCode::kBadInput, message); }

std::string ErrorText(zip_error_t* error) { return zip_error_strerror(error); }

}  // namespace

struct ZipReader::Impl {
  zip_t* archive = nullptr;
  ~Impl() {
    if (archive) zip_discard(archive);
  }
};

ZipReader::ZipReader(std::string_view bytes) : impl_(std::make_unique<Impl>()) {
  // libzip opens an empty buffer as an empty archive; no ZIP is shorter than its end record.
  if (bytes.size() < kEndRecordSize) Fail(kNotZip);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) {
    const std::string text = ErrorText(&error);
    zip_error_fini(&error);
    Fail("cannot read the ZIP archive: " + text);
  }
  impl_->archive = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (!impl_->archive) {
    const int code = zip_error_code_zip(&error);
    const std::string text = ErrorText(&error);
    zip_source_free(src);
    zip_error_fini(&error);
    if (code == ZIP_ER_NOZIP) Fail(kNotZip);
    Fail("corrupt ZIP archive: " + text);
  }
  zip_error_fini(&error);
}

ZipReader::~ZipReader() = default;

bool ZipReader::LooksLikeZip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

bool ZipReader::Contains(const std::string& name) const {
  return zip_name_locate(impl_->archive, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> ZipReader::Read(const std::string& name, std::uint64_t max_bytes) const {
  zip_t* za = impl_->archive;
  const zip_int64_t index = zip_name_locate(za, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(za, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    Fail(fmt::format("{}: corrupt ZIP entry: {}", name, zip_strerror(za)));
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    Fail(fmt::format("{}: the ZIP entry is encrypted", name));
  }
  zip_file_t* file = zip_fopen_index(za, static_cast<zip_uint64_t>(index), 0);
  if (!file) Fail(fmt::format("{}: cannot open the ZIP entry: {}", name, zip_strerror(za)));
  std::string out;
  // The declared size is only a hint for the allocation, never trusted as a bound.
  if (st.valid & ZIP_STAT_SIZE)
    out.reserve(std::min<std::uint64_t>({st.size, max_bytes, kMaxReserve}));
  char buf[kReadChunk];
  for (;;) {
    const zip_int64_t n = zip_fread(file, buf, sizeof buf);
    if (n < 0) {
      const std::string text = zip_file_strerror(file);
      zip_fclose(file);
      Fail(fmt::format("{}: corrupt ZIP entry: {}", name, text));
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::uint64_t>(n) > max_bytes) {
      zip_fclose(file);
      Fail(fmt::format("{}: the entry inflates past the limit of {} bytes", name, max_bytes));
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  zip_fclose(file);
  return out;
}

}  // namespace tablift::package
