// batch-report.json: the per-file results of a batch and their totals, its atomic writing, and
// the merging of shard reports (docs/batch.md). Entries are sorted by input path, so a report
// is deterministic except for each entry's "seconds". A shard report carries "shard"; merging
// all N shards gives the same content as an unsharded run. Thread-compatible.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "batch/batch_result.h"

namespace tablift::batch {

struct ShardInfo {
  int index = 0;
  int count = 1;          // 1: not sharded (no "shard" member)
  size_t all_inputs = 0;  // inputs of the whole batch, every shard
  size_t all_skipped = 0;
};

// The report file name: "batch-report.json", or "batch-report.shard-I-of-N.json".
std::string ReportName(const ShardInfo& shard);

// Builds the report; `results` and `skipped` are sorted here by input path.
nlohmann::ordered_json BuildReport(std::vector<FileResult> results,
                                   std::vector<std::string> skipped, const std::string& fingerprint,
                                   const ShardInfo& shard);

// Writes `text` to `path` through a temporary file and a rename. Throws Error(kOutput).
void WriteFileAtomically(const std::filesystem::path& path, const std::string& text);

// Merges shard reports into the unsharded report. Throws Error(kBadInput) when a report cannot
// be read, or the set is incomplete or inconsistent (missing or repeated shard, other options,
// other shard count, file count not matching).
nlohmann::ordered_json MergeReports(const std::vector<std::string>& paths);

// The results listed in a report (for the exit status and summary after a merge).
std::vector<FileResult> ResultsOf(const nlohmann::ordered_json& report);

}  // namespace tablift::batch
