#include "batch/batch_result.h"

#include <cmath>
#include <filesystem>

namespace tablift::batch {

nlohmann::ordered_json ToJson(const FileResult& r, bool with_timing) {
  nlohmann::ordered_json j;
  j["input"] = r.input;
  j["output"] = r.output;
  j["status"] = r.ok ? "converted" : "failed";
  j["code"] = r.code;
  j["reason"] = r.reason;
  j["message"] = r.message;
  j["tables"] = r.tables;
  j["records"] = r.records;
  j["diagnostics"] = r.diagnostics;
  j["pages"] = r.pages;
  j["sha256"] = r.sha256;
  // The files written (or reused), as paths inside OUTDIR: the input's output folder and name.
  const std::filesystem::path folder = std::filesystem::path(r.output).parent_path();
  nlohmann::ordered_json written = nlohmann::ordered_json::array();
  for (const std::string& f : r.files)
    written.push_back((folder / std::filesystem::path(f).filename()).generic_string());
  j["written"] = std::move(written);
  // Milliseconds are plenty for a duration and keep the report short.
  if (with_timing) j["seconds"] = std::round(r.seconds * 1000) / 1000;
  return j;
}

FileResult FileResultFromJson(const nlohmann::json& j) {
  FileResult r;
  r.input = j.at("input").get<std::string>();
  r.output = j.at("output").get<std::string>();
  r.ok = j.at("status").get<std::string>() == "converted";
  r.code = j.at("code").get<int>();
  r.reason = j.at("reason").get<std::string>();
  r.message = j.at("message").get<std::string>();
  r.tables = j.at("tables").get<int>();
  r.records = j.at("records").get<int>();
  r.diagnostics = j.at("diagnostics").get<int>();
  r.pages = j.at("pages").get<int>();
  r.sha256 = j.at("sha256").get<std::string>();
  if (j.contains("written")) r.files = j.at("written").get<std::vector<std::string>>();
  if (j.contains("seconds")) r.seconds = j.at("seconds").get<double>();
  return r;
}

}  // namespace tablift::batch
