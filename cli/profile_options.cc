#include "cli/profile_options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "core/error.h"

namespace tablift::cli {
namespace {

// 12 digits reach year 33658: any real timestamp, and no overflow of time_t.
constexpr std::size_t kMaxEpochDigits = 12;

}  // namespace

void AddProfileOptions(CLI::App& cmd, ProfileOptions& options) {
  cmd.add_option("--profile", options.profile,
                 "type the records with a report profile: a shipped NAME, a PATH to a .json "
                 "profile, or auto (docs/profiles.md)");
  cmd.add_option("--meta", options.meta,
                 "key=value to record in the export's metadata (repeatable), e.g. "
                 "symbol=CEDAW/C/NLD/CO/7")
      ->check([](const std::string& text) -> std::string {
        const std::size_t eq = text.find('=');
        return eq == std::string::npos || eq == 0 ? "--meta needs key=value" : "";
      });
  cmd.add_flag("--excel", options.excel,
               "also write each CSV as <name>.excel.csv for spreadsheets (BOM, ';', formulas "
               "guarded)");
  cmd.add_flag("--datapackage", options.datapackage,
               "write OUTDIR/datapackage.json (Frictionless) describing every file of the run");
  cmd.add_flag("--dcat", options.dcat,
               "write OUTDIR/dcat.jsonld (DCAT-AP JSON-LD) describing the dataset and its files");
}

std::vector<std::pair<std::string, std::string>> ParseMetaPairs(
    const std::vector<std::string>& meta) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const std::string& text : meta) {
    const std::size_t eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
      throw Error(ExitCode::kUsage, "--meta " + text + ": needs key=value");
    std::string key = text.substr(0, eq);
    if (std::any_of(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == key; }))
      throw Error(ExitCode::kUsage, "--meta " + key + ": given twice");
    pairs.emplace_back(std::move(key), text.substr(eq + 1));
  }
  return pairs;
}

std::string IsoUtcFromEpoch(const std::string& seconds) {
  const bool digits =
      !seconds.empty() && seconds.size() <= kMaxEpochDigits &&
      std::all_of(seconds.begin(), seconds.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits)
    throw Error(
        ExitCode::kUsage,
        "SOURCE_DATE_EPOCH must be a non-negative integer (seconds), not '" + seconds + "'");
  const std::time_t t = static_cast<std::time_t>(std::stoll(seconds));
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

std::string CreatedFromEnvironment() {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (env == nullptr || *env == '\0') return "";
  return IsoUtcFromEpoch(env);
}

}  // namespace tablift::cli
