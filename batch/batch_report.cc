#include "batch/batch_report.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <set>

#include "cli/file_sink.h"
#include "core/error.h"
#include "core/version.h"

namespace tablift::batch {
namespace fs = std::filesystem;
using ojson = nlohmann::ordered_json;
namespace {

ojson Totals(const std::vector<FileResult>& results, size_t skipped) {
  ojson t;
  int converted = 0, tables = 0, records = 0, diagnostics = 0, pages = 0;
  for (const FileResult& r : results) {
    converted += r.ok;
    tables += r.tables;
    records += r.records;
    diagnostics += r.diagnostics;
    pages += r.pages;
  }
  t["inputs"] = results.size();
  t["converted"] = converted;
  t["failed"] = results.size() - static_cast<size_t>(converted);
  t["skipped"] = skipped;
  t["tables"] = tables;
  t["records"] = records;
  t["diagnostics"] = diagnostics;
  t["pages"] = pages;
  return t;
}

ojson ReadJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ExitCode::kBadInput, "cannot read report " + path);
  try {
    return ojson::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ExitCode::kBadInput, path + ": not a batch report: " + e.what());
  }
}

[[noreturn]] void Incomplete(const std::string& why) {
  throw Error(ExitCode::kBadInput, "cannot merge reports: " + why);
}

}  // namespace

std::string ReportName(const ShardInfo& s) {
  if (s.count <= 1) return "batch-report.json";
  return "batch-report.shard-" + std::to_string(s.index) + "-of-" + std::to_string(s.count) +
         ".json";
}

ojson BuildReport(std::vector<FileResult> results, std::vector<std::string> skipped,
                  const std::string& fingerprint, const ShardInfo& shard) {
  std::sort(results.begin(), results.end(),
            [](const FileResult& a, const FileResult& b) { return a.input < b.input; });
  std::sort(skipped.begin(), skipped.end());
  ojson j;
  j["generator"] = {{"name", "tablift"}, {"version", Version()}};
  j["options"] = fingerprint;
  if (shard.count > 1) {
    j["shard"] = {{"index", shard.index},
                  {"count", shard.count},
                  {"all_inputs", shard.all_inputs},
                  {"all_skipped", shard.all_skipped}};
  }
  j["totals"] = Totals(results, skipped.size());
  j["files"] = ojson::array();
  for (const FileResult& r : results) j["files"].push_back(ToJson(r));
  j["skipped"] = skipped;
  return j;
}

void WriteFileAtomically(const fs::path& path, const std::string& text) {
  cli::ReplaceFile(path, text);  // O_EXCL|O_NOFOLLOW temporary of ParseTempName's form, then rename
}

std::vector<FileResult> ResultsOf(const ojson& report) {
  std::vector<FileResult> out;
  try {
    for (const auto& f : report.at("files")) out.push_back(FileResultFromJson(f));
  } catch (const nlohmann::json::exception& e) {
    throw Error(ExitCode::kBadInput, std::string("not a batch report: ") + e.what());
  }
  return out;
}

ojson MergeReports(const std::vector<std::string>& paths) {
  std::vector<FileResult> results;
  std::vector<std::string> skipped;
  std::set<int> seen;
  ojson first;
  for (const std::string& path : paths) {
    const ojson r = ReadJson(path);
    if (!r.contains("shard")) Incomplete(path + " is not a shard report");
    if (first.is_null()) first = r;
    const ojson& s = r["shard"];
    if (s != first["shard"] &&
        (s["count"] != first["shard"]["count"] || s["all_inputs"] != first["shard"]["all_inputs"]))
      Incomplete(path + " belongs to another batch (shard count or inputs differ)");
    if (r["options"] != first["options"]) Incomplete(path + " used other options");
    if (!seen.insert(s["index"].get<int>()).second) Incomplete(path + ": shard given twice");
    for (FileResult& f : ResultsOf(r)) results.push_back(std::move(f));
    for (const auto& k : r.at("skipped")) skipped.push_back(k.get<std::string>());
  }
  if (first.is_null()) Incomplete("no report given");
  const int count = first["shard"]["count"].get<int>();
  for (int i = 0; i < count; ++i) {
    if (!seen.count(i))
      Incomplete("shard " + std::to_string(i) + " of " + std::to_string(count) + " missing");
  }
  if (results.size() != first["shard"]["all_inputs"].get<size_t>())
    Incomplete("the shards list " + std::to_string(results.size()) + " files, the batch has " +
               first["shard"]["all_inputs"].dump());
  return BuildReport(std::move(results), std::move(skipped), first["options"].get<std::string>(),
                     {});
}

}  // namespace tablift::batch
