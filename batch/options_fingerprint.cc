#include "batch/options_fingerprint.h"

#include <filesystem>

#include "cli/library_options.h"
#include "core/source.h"
#include "core/version.h"
#include "tablift/export.h"

namespace tablift::batch {
namespace {

// A profile given by path changes the output when its file changes; a shipped one only with
// the version. An unreadable file hashes as "" (its conversion fails anyway).
std::string ProfileFileHash(const std::string& profile) {
  std::error_code ec;
  if (profile.empty() || !std::filesystem::is_regular_file(profile, ec)) return "";
  try {
    return Sha256Hex(ReadSource(profile).bytes);
  } catch (const std::exception&) {
    return "";
  }
}

}  // namespace

std::string OptionsFingerprint(const ConversionOptions& convert,
                               const std::vector<std::string>& formats, const ExportOptions& output,
                               const std::vector<int>& tables) {
  ConversionOptions hashed = convert;
  std::string& password = hashed.extract.password;
  if (!password.empty()) password = Sha256Hex(password);
  nlohmann::ordered_json j;
  j["version"] = Version();
  j["convert"] = FieldsJson(hashed);
  j["formats"] = ResolveFormats(formats);
  j["export"] = FieldsJson(output);
  if (!tables.empty()) j["tables"] = tables;  // absent when all: earlier markers stay valid
  j["profile_sha256"] = ProfileFileHash(convert.profile);
  return Sha256Hex(j.dump());
}

std::string OptionsFingerprint(const cli::ConvertOptions& options) {
  return OptionsFingerprint(cli::LibraryOptions(options), options.formats,
                            cli::ExportOptionsOf(options), options.tables);
}

}  // namespace tablift::batch
