// --datapackage: a Frictionless Data Package descriptor (https://specs.frictionlessdata.io/)
// "datapackage.json" in the output directory, describing every file the run wrote: its path
// relative to the directory, name, format, media type, encoding, bytes and "sha256:<hex>" hash,
// all computed from the files as they are on disk after the run; CSVs also get a table schema
// and dialect, read from the CSVW metadata file written beside them (docs/portals.md).
// Written atomically (a temporary file renamed), after every input finished. Not thread-safe
// with respect to the files it reads: call it when no input is being written.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tablift::cli {

inline constexpr const char* kDataPackageName = "datapackage.json";

// The descriptor of `files` (paths inside `dir`, in the order given); `created` is added when
// not "". Throws Error(kOutput) when a file cannot be read.
nlohmann::ordered_json DataPackageJson(const std::filesystem::path& dir,
                                       const std::vector<std::filesystem::path>& files,
                                       const std::string& created);

// Writes DataPackageJson(...) to dir/datapackage.json atomically. Throws Error(kOutput).
void WriteDataPackage(const std::filesystem::path& dir,
                      const std::vector<std::filesystem::path>& files, const std::string& created);

}  // namespace tablift::cli
