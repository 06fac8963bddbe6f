// The options of typed-record exports (issue 4; docs/portals.md): --profile, --meta, --excel and
// --datapackage, the parser pieces for them, and SOURCE_DATE_EPOCH. Kept out of options.h so
// that `convert` gains them with one member. Thread-compatible values; pure functions.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace tablift::cli {

struct ProfileOptions {
  std::string profile;            // --profile NAME|PATH|auto; "" = the generic export
  std::vector<std::string> meta;  // --meta key=value, as given, in order
  bool excel = false;             // --excel: also "<name>.excel.csv" per CSV
  bool datapackage = false;       // --datapackage: OUTDIR/datapackage.json
  bool dcat = false;              // --dcat: OUTDIR/dcat.jsonld (cli/dcat.h)
};

// Adds the five options to a command.
void AddProfileOptions(CLI::App& cmd, ProfileOptions& options);

// Splits each "key=value" at its first '='. Throws Error(kUsage) for a missing '=', an empty
// key, or a key given twice.
std::vector<std::pair<std::string, std::string>> ParseMetaPairs(
    const std::vector<std::string>& meta);

// The reproducible-builds timestamp: "" when SOURCE_DATE_EPOCH is unset or empty, else its
// ISO 8601 UTC form ("2026-11-27T20:00:00Z"). Throws Error(kUsage) when it is not a
// non-negative decimal integer of at most kMaxEpochDigits digits.
std::string CreatedFromEnvironment();
std::string IsoUtcFromEpoch(const std::string& seconds);

}  // namespace tablift::cli
