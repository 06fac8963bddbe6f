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
#include <utility>
#include <vector>

namespace tablift::cli {

inline constexpr const char* kDataPackageName = "datapackage.json";

// The bytes of a file the run wrote, for the descriptor named `description` (datapackage.json,
// dcat.jsonld). Throws Error(kOutput) "cannot read <path> for <description>".
std::string ReadDescribedFile(const std::filesystem::path& path, const std::string& description);

// True for an http:// or https:// URL (a licence or source given as a link, not a name).
bool IsUrl(const std::string& s);

// The descriptor of `files` (paths inside `dir`, in the order given); `created` is added when
// not "". Throws Error(kOutput) when a file cannot be read.
nlohmann::ordered_json DataPackageJson(const std::filesystem::path& dir,
                                       const std::vector<std::filesystem::path>& files,
                                       const std::string& created);

// The --meta pairs as Frictionless/DCAT name them: name, title, description, version, homepage
// as they are; keywords, license(s) and source(s) comma-separated into lists (a URL becomes a
// "path"); publisher as a contributor with role "publisher"; issued (or created) as "created";
// and every pair as given under "tablift:meta".
void AddPackageMetadata(nlohmann::ordered_json& package,
                        const std::vector<std::pair<std::string, std::string>>& meta);

// `fresh` merged with dir/datapackage.json when one exists: the old resources whose file still
// exists and that this run did not write again are kept (before this run's; a name taken is
// suffixed), the old package fields stay unless this run sets them. Throws Error(kOutput) when
// the existing file is not a data package (it is then left alone).
nlohmann::ordered_json MergeWithExisting(const std::filesystem::path& dir,
                                         nlohmann::ordered_json fresh);

// DataPackageJson(...) with the --meta pairs, merged with an existing descriptor, written to
// dir/datapackage.json atomically (temporary file, then rename). Throws Error(kOutput).
void WriteDataPackage(const std::filesystem::path& dir,
                      const std::vector<std::filesystem::path>& files, const std::string& created,
                      const std::vector<std::pair<std::string, std::string>>& meta = {});

}  // namespace tablift::cli
