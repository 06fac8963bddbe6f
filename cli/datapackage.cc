#include "cli/datapackage.h"

#include <fstream>
#include <iterator>
#include <set>

#include "cli/file_sink.h"
#include "core/error.h"
#include "core/source.h"

namespace tablift::cli {
namespace fs = std::filesystem;

std::string ReadDescribedFile(const fs::path& path, const std::string& description) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::kOutput, "cannot read " + path.string() + " for " + description);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof())
    throw Error(ExitCode::kOutput, "cannot read " + path.string() + " for " + description);
  return bytes;
}

bool IsUrl(const std::string& s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0;
}

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kCsvwSuffix = "-metadata.json";  // "<name>.csv-metadata.json"
constexpr const char* kExcelSuffix = ".excel.csv";     // the spreadsheet copy of "<name>.csv"
constexpr const char* kListNote = "items separated by \"; \"";

std::string ReadAll(const fs::path& path) { return ReadDescribedFile(path, kDataPackageName); }

bool EndsWith(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// Media type and format by the name's ending, most specific first.
std::pair<std::string, std::string> TypeOf(const std::string& name) {
  if (EndsWith(name, ".csv-metadata.json")) return {"application/csvm+json", "json"};
  if (EndsWith(name, ".schema.json")) return {"application/schema+json", "json"};
  if (EndsWith(name, ".csv")) return {"text/csv", "csv"};
  if (EndsWith(name, ".jsonl")) return {"application/jsonl", "jsonl"};
  if (EndsWith(name, ".json")) return {"application/json", "json"};
  if (EndsWith(name, ".xsd")) return {"application/xml", "xsd"};
  if (EndsWith(name, ".xml")) return {"application/xml", "xml"};
  return {"application/octet-stream", ""};
}

// A resource name as the spec requires: lowercase letters, digits, '-', '.', '_'; unique.
std::string ResourceName(const std::string& path, std::set<std::string>& taken) {
  std::string base;
  for (char c : path) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const bool ok = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '.' || l == '_';
    base += ok ? l : '-';
  }
  std::string name = base;
  for (int n = 2; !taken.insert(name).second; ++n) name = base + "-" + std::to_string(n);
  return name;
}

// A CSVW datatype with a format (a typed generic column) as a Table Schema type and format:
// the number marks, "%" as a non-bare number, a date pattern in strptime form.
void SetFormattedType(Json& f, const Json& datatype) {
  const std::string base = datatype.value("base", "string");
  const Json& format = datatype["format"];
  if (base == "date") {
    // The three patterns the normalizer types dates with (normalizer/column_types.cc).
    const std::string pattern = format.get<std::string>();
    const std::string strptime = pattern == "yyyy-MM-dd" ? "%Y-%m-%d"
                                 : pattern == "d-M-yyyy" ? "%d-%m-%Y"
                                 : pattern == "d.M.yyyy" ? "%d.%m.%Y"
                                                         : "any";
    f["type"] = "date";
    f["format"] = strptime;
    return;
  }
  f["type"] = base == "integer" ? "integer" : "number";
  if (format.contains("decimalChar") && base != "integer") f["decimalChar"] = format["decimalChar"];
  if (format.contains("groupChar")) f["groupChar"] = format["groupChar"];
  if (format.value("pattern", "").find('%') != std::string::npos) f["bareNumber"] = false;
}

Json FieldOf(const Json& column, bool all_strings) {
  const Json datatype = column.value("datatype", Json("string"));
  const bool list = column.contains("separator");
  Json f = Json::object();
  f["name"] = column.at("name");
  f["title"] = column.value("titles", "");
  if (all_strings || list || datatype == "string") {
    f["type"] = "string";
  } else if (datatype.is_object()) {
    SetFormattedType(f, datatype);
  } else {
    const std::string name = datatype.get<std::string>();
    f["type"] = name == "double" ? "number" : name == "gYear" ? "year" : name;
  }
  if (list) f["description"] = kListNote;
  if (column.value("required", false)) f["constraints"] = Json{{"required", true}};
  return f;
}

// Table schema and dialect of a CSV from the CSVW beside it (the copy's from its original's).
void AddTableSchema(Json& resource, const fs::path& dir, const std::string& name) {
  const bool excel = EndsWith(name, kExcelSuffix);
  const std::string canonical =
      excel ? name.substr(0, name.size() - std::string(kExcelSuffix).size()) + ".csv" : name;
  const fs::path csvw = dir / (canonical + kCsvwSuffix);
  std::error_code ec;
  if (!fs::is_regular_file(csvw, ec)) return;
  const Json meta = Json::parse(ReadAll(csvw), nullptr, false);
  if (!meta.is_object() || !meta.contains("tableSchema")) return;
  Json fields = Json::array();
  for (const Json& c : meta["tableSchema"].value("columns", Json::array()))
    fields.push_back(FieldOf(c, excel));
  Json schema{{"fields", std::move(fields)}};
  if (meta["tableSchema"].contains("primaryKey") && !excel)
    schema["primaryKey"] = Json::array({meta["tableSchema"]["primaryKey"]});
  resource["profile"] = "tabular-data-resource";
  resource["schema"] = std::move(schema);
  resource["dialect"] = Json{{"delimiter", excel ? ";" : ","},
                             {"lineTerminator", "\r\n"},
                             {"doubleQuote", true},
                             {"header", true}};
}

Json ResourceOf(const fs::path& dir, const fs::path& file, std::set<std::string>& taken) {
  const std::string rel = fs::relative(file, dir).generic_string();
  const std::string bytes = ReadAll(file);
  const auto [mediatype, format] = TypeOf(rel);
  Json r = Json::object();
  r["name"] = ResourceName(rel, taken);
  r["path"] = rel;
  if (!format.empty()) r["format"] = format;
  r["mediatype"] = mediatype;
  r["encoding"] = "utf-8";
  r["bytes"] = bytes.size();
  r["hash"] = "sha256:" + Sha256Hex(bytes);
  if (format == "csv") AddTableSchema(r, dir, rel);
  return r;
}

}  // namespace

Json DataPackageJson(const fs::path& dir, const std::vector<fs::path>& files,
                     const std::string& created) {
  std::set<std::string> taken;
  Json resources = Json::array();
  for (const fs::path& f : files) resources.push_back(ResourceOf(dir, f, taken));
  Json j = Json::object();
  j["profile"] = "data-package";
  j["name"] = "tablift-export";
  if (!created.empty()) j["created"] = created;
  j["resources"] = std::move(resources);
  return j;
}

namespace {

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> items;
  std::string item;
  for (std::size_t at = 0; at <= text.size(); ++at) {
    if (at == text.size() || text[at] == ',') {
      while (!item.empty() && item.front() == ' ') item.erase(item.begin());
      while (!item.empty() && item.back() == ' ') item.pop_back();
      if (!item.empty()) items.push_back(item);
      item.clear();
    } else {
      item += text[at];
    }
  }
  return items;
}

// {"name": ...} or {"path": ...} for a license or source given as an identifier or a URL.
Json NamedOrPath(const std::string& value, const char* name_key) {
  return IsUrl(value) ? Json{{"path", value}} : Json{{name_key, value}};
}

}  // namespace

void AddPackageMetadata(Json& package,
                        const std::vector<std::pair<std::string, std::string>>& meta) {
  for (const auto& [key, value] : meta) {
    if (key == "name" || key == "title" || key == "description" || key == "version" ||
        key == "homepage") {
      package[key] = value;
    } else if (key == "keywords") {
      package["keywords"] = SplitList(value);
    } else if (key == "license" || key == "licenses") {
      Json licenses = Json::array();
      for (const std::string& l : SplitList(value)) licenses.push_back(NamedOrPath(l, "name"));
      package["licenses"] = std::move(licenses);
    } else if (key == "source" || key == "sources") {
      Json sources = Json::array();
      for (const std::string& src : SplitList(value)) sources.push_back(NamedOrPath(src, "title"));
      package["sources"] = std::move(sources);
    } else if (key == "publisher") {
      package["contributors"] = Json::array({Json{{"title", value}, {"role", "publisher"}}});
    } else if (key == "issued" || key == "created") {
      package["created"] = value;
    }
  }
  if (!meta.empty()) {
    Json all = Json::object();
    for (const auto& [key, value] : meta) all[key] = value;
    package["tablift:meta"] = std::move(all);  // every pair as given, known or not
  }
}

Json MergeWithExisting(const fs::path& dir, Json fresh) {
  std::error_code ec;
  const fs::path old_path = dir / kDataPackageName;
  if (!fs::is_regular_file(old_path, ec)) return fresh;
  const Json old = Json::parse(ReadAll(old_path), nullptr, false);
  if (!old.is_object() || !old.contains("resources") || !old["resources"].is_array())
    throw Error(ExitCode::kOutput,
                old_path.string() + " exists but is no data package; not replaced");
  std::set<std::string> paths, names;
  for (const Json& r : fresh["resources"]) {
    paths.insert(r.value("path", ""));
    names.insert(r.value("name", ""));
  }
  Json kept = Json::array();
  for (const Json& r : old["resources"]) {
    const std::string path = r.value("path", "");
    const bool replaced = paths.count(path) > 0;
    if (replaced || !fs::is_regular_file(dir / path, ec)) continue;  // this run's, or gone
    Json copy = r;
    for (int n = 2; names.count(copy.value("name", "")) > 0; ++n)
      copy["name"] = r.value("name", "") + "-" + std::to_string(n);
    names.insert(copy.value("name", ""));
    kept.push_back(std::move(copy));
  }
  for (Json& r : fresh["resources"]) kept.push_back(std::move(r));
  Json merged = old;  // the other runs' package fields, then this run's on top
  for (auto it = fresh.begin(); it != fresh.end(); ++it) merged[it.key()] = it.value();
  merged["resources"] = std::move(kept);
  return merged;
}

void WriteDataPackage(const fs::path& dir, const std::vector<fs::path>& files,
                      const std::string& created,
                      const std::vector<std::pair<std::string, std::string>>& meta) {
  Json j = DataPackageJson(dir, files, created);
  AddPackageMetadata(j, meta);
  j = MergeWithExisting(dir, std::move(j));
  FileSink sink(dir, "datapackage");
  sink.Open(".json") << j.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  sink.Commit();
}

}  // namespace tablift::cli
