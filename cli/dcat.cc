#include "cli/dcat.h"

#include <set>

#include "cli/datapackage.h"
#include "cli/file_sink.h"
#include "core/error.h"

namespace tablift::cli {
namespace fs = std::filesystem;
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kIana = "http://www.iana.org/assignments/media-types/";
constexpr const char* kDistributions = "dcat:distribution";
constexpr const char* kDefaultTitle = "tablift export";  // when no run gave --meta title

Json Context() {
  return Json{{"dcat", "http://www.w3.org/ns/dcat#"},
              {"dct", "http://purl.org/dc/terms/"},
              {"foaf", "http://xmlns.com/foaf/0.1/"},
              {"spdx", "http://spdx.org/rdf/terms#"},
              {"owl", "http://www.w3.org/2002/07/owl#"},
              {"xsd", "http://www.w3.org/2001/XMLSchema#"},
              {"tablift", "urn:tablift:"}};
}

std::string MetaValue(const MetaPairs& meta, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    for (const auto& [k, v] : meta) {
      if (k == key) return v;
    }
  }
  return "";
}

Json Id(const std::string& iri) { return Json{{"@id", iri}}; }

// xsd:date for "YYYY-MM-DD", xsd:dateTime for a longer ISO timestamp, a plain literal else.
Json DateLiteral(const std::string& text) {
  const bool date = text.size() == 10 && text[4] == '-' && text[7] == '-';
  const bool date_time = text.size() > 10 && text[4] == '-' && text[7] == '-' && text[10] == 'T';
  if (!date && !date_time) return text;
  return Json{{"@value", text}, {"@type", date ? "xsd:date" : "xsd:dateTime"}};
}

// A licence given as a URL is a resource; an identifier (CC-BY-4.0) a licence document's title.
Json LicenseOf(const std::string& value) {
  if (IsUrl(value)) return Json{{"@id", value}, {"@type", "dct:LicenseDocument"}};
  return Json{{"@type", "dct:LicenseDocument"}, {"dct:title", value}};
}

void AddDatasetFields(Json& ds, const Json& package, const MetaPairs& meta,
                      const std::string& created) {
  if (package.contains("title")) ds["dct:title"] = package["title"];
  if (package.contains("description")) ds["dct:description"] = package["description"];
  const std::string identifier = MetaValue(meta, {"identifier", "name", "symbol"});
  if (!identifier.empty()) ds["dct:identifier"] = identifier;
  if (package.contains("keywords")) ds["dcat:keyword"] = package["keywords"];
  const std::string publisher = MetaValue(meta, {"publisher"});
  if (!publisher.empty())
    ds["dct:publisher"] = Json{{"@type", "foaf:Agent"}, {"foaf:name", publisher}};
  if (package.contains("version")) ds["owl:versionInfo"] = package["version"];
  const std::string issued = MetaValue(meta, {"issued"});
  if (!issued.empty()) ds["dct:issued"] = DateLiteral(issued);
  if (!created.empty()) ds["dct:modified"] = DateLiteral(created);
  const std::string homepage = MetaValue(meta, {"homepage", "landing_page"});
  if (!homepage.empty()) ds["dcat:landingPage"] = Id(homepage);
  if (package.contains("sources")) {
    Json sources = Json::array();
    for (const Json& s : package["sources"])
      sources.push_back(s.contains("path") ? Id(s["path"].get<std::string>()) : s["title"]);
    ds["dct:source"] = std::move(sources);
  }
}

Json DistributionOf(const Json& resource, const std::string& base_url, const Json& licenses) {
  const std::string path = resource.value("path", "");
  const std::string url = base_url + path;
  Json d = Json::object();
  d["@id"] = url;
  d["@type"] = "dcat:Distribution";
  d["dct:title"] = path;
  d["dcat:accessURL"] = Id(url);
  d["dcat:downloadURL"] = Id(url);
  d["dcat:mediaType"] = Id(kIana + resource.value("mediatype", "application/octet-stream"));
  if (resource.contains("format")) d["dct:format"] = resource["format"];
  d["dcat:byteSize"] = Json{{"@value", std::to_string(resource.value("bytes", 0))},
                            {"@type", "xsd:nonNegativeInteger"}};
  const std::string hash = resource.value("hash", "");
  if (hash.rfind("sha256:", 0) == 0) {
    d["spdx:checksum"] = Json{{"@type", "spdx:Checksum"},
                              {"spdx:algorithm", Id("spdx:checksumAlgorithm_sha256")},
                              {"spdx:checksumValue", hash.substr(7)}};
  }
  if (!licenses.empty()) d["dct:license"] = licenses.size() == 1 ? licenses[0] : licenses;
  const std::string csvw = path + "-metadata.json";
  if (resource.value("format", "") == "csv" && resource.contains("schema") &&
      path.find(".excel.csv") == std::string::npos)
    d["dct:conformsTo"] = Id(base_url + csvw);
  return d;
}

}  // namespace

Json DcatJson(const fs::path& dir, const std::vector<fs::path>& files, const std::string& created,
              const MetaPairs& meta) {
  // The data package descriptor already knows each file's type, size, hash and schema.
  Json package = DataPackageJson(dir, files, created);
  AddPackageMetadata(package, meta);
  Json licenses = Json::array();
  for (const Json& l : package.value("licenses", Json::array()))
    licenses.push_back(
        LicenseOf(l.contains("path") ? l["path"].get<std::string>() : l.value("name", "")));
  const std::string base_url = MetaValue(meta, {"base_url"});
  Json ds = Json::object();
  ds["@context"] = Context();
  const std::string dataset_id = MetaValue(meta, {"dataset_uri"});
  ds["@id"] = dataset_id.empty() ? base_url + kDcatName + "#dataset" : dataset_id;
  ds["@type"] = "dcat:Dataset";
  AddDatasetFields(ds, package, meta, created);
  Json distributions = Json::array();
  for (const Json& r : package["resources"])
    distributions.push_back(DistributionOf(r, base_url, licenses));
  ds[kDistributions] = std::move(distributions);
  return ds;
}

Json MergeDcat(const fs::path& dir, Json fresh) {
  std::error_code ec;
  const fs::path old_path = dir / kDcatName;
  if (!fs::is_regular_file(old_path, ec)) return fresh;
  const Json old = Json::parse(ReadDescribedFile(old_path, kDcatName), nullptr, false);
  if (!old.is_object() || old.value("@type", "") != "dcat:Dataset" ||
      !old.contains(kDistributions) || !old[kDistributions].is_array())
    throw Error(ExitCode::kOutput,
                old_path.string() + " exists but is no DCAT dataset; not replaced");
  std::set<std::string> titles;
  for (const Json& d : fresh[kDistributions]) titles.insert(d.value("dct:title", ""));
  Json kept = Json::array();
  for (const Json& d : old[kDistributions]) {
    const std::string title = d.is_object() ? d.value("dct:title", "") : "";
    // dct:title is the file's path inside the folder (written so by DistributionOf)
    if (title.empty() || titles.count(title) || title.find("..") != std::string::npos ||
        !fs::is_regular_file(dir / title, ec))
      continue;
    kept.push_back(d);
  }
  for (Json& d : fresh[kDistributions]) kept.push_back(std::move(d));
  Json merged = old;
  for (auto it = fresh.begin(); it != fresh.end(); ++it) merged[it.key()] = it.value();
  merged[kDistributions] = std::move(kept);
  return merged;
}

void WriteDcat(const fs::path& dir, const std::vector<fs::path>& files, const std::string& created,
               const MetaPairs& meta) {
  Json j = MergeDcat(dir, DcatJson(dir, files, created, meta));
  if (!j.contains("dct:title")) j["dct:title"] = kDefaultTitle;  // mandatory in DCAT-AP
  ReplaceFile(dir / kDcatName, j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

}  // namespace tablift::cli
