// --dcat: a DCAT-AP description of the output directory as a dataset, "dcat.jsonld" (JSON-LD,
// https://semiceu.github.io/DCAT-AP/), so that a portal's harvester (CKAN's ckanext-dcat,
// data.europa.eu, data.overheid.nl) can take the folder in: one dcat:Dataset with the --meta
// title, description, keywords, publisher, version, issued date and landing page, and one
// dcat:Distribution per file tablift wrote (title, download and access URL, media type, format,
// byte size, SHA-256 checksum, licence, and for a CSV its CSVW schema as dct:conformsTo).
//
// Download URLs are the files' paths relative to the folder unless --meta base_url=URL is
// given (then URL + path). An existing dcat.jsonld in the folder is merged: distributions of
// other runs whose file still exists are kept, this run's replace theirs. Written atomically.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace tablift::cli {

inline constexpr const char* kDcatName = "dcat.jsonld";

using MetaPairs = std::vector<std::pair<std::string, std::string>>;

// The JSON-LD document for `files` (paths inside `dir`) with the --meta pairs; `created` (the
// run's timestamp) becomes dct:modified; dct:title only with a title pair (WriteDcat falls back
// to "tablift export" when no run gave one, as DCAT-AP requires a title). Throws Error(kOutput)
// when a file cannot be read.
nlohmann::ordered_json DcatJson(const std::filesystem::path& dir,
                                const std::vector<std::filesystem::path>& files,
                                const std::string& created, const MetaPairs& meta);

// `fresh` merged with dir/dcat.jsonld when one exists (see above). Throws Error(kOutput) when
// the existing file is not such a document (it is then left alone).
nlohmann::ordered_json MergeDcat(const std::filesystem::path& dir, nlohmann::ordered_json fresh);

// DcatJson, merged, written to dir/dcat.jsonld atomically. Throws Error(kOutput).
void WriteDcat(const std::filesystem::path& dir, const std::vector<std::filesystem::path>& files,
               const std::string& created, const MetaPairs& meta);

}  // namespace tablift::cli
