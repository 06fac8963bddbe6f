#include "cli/typed_export.h"

#include "cli/profile_options.h"
#include "tablift/export.h"

namespace tablift::cli {
namespace {

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ",") + n;
  return out;
}

std::string Flag(bool b) { return b ? "true" : "false"; }

}  // namespace

ExportMetadata RunMetadata(const ConvertOptions& options) {
  ExportMetadata m;
  m.requested_profile = options.typed.profile;
  m.options = {{"formats", Joined(options.formats.empty() ? DefaultFormats() : options.formats)},
               {"grid", Flag(options.grid)},
               {"excel", Flag(options.typed.excel)},
               {"datapackage", Flag(options.typed.datapackage)},
               {"structure_tree", Flag(options.in.extract.use_structure_tree)}};
  m.meta = ParseMetaPairs(options.typed.meta);
  m.created = CreatedFromEnvironment();
  return m;
}

}  // namespace tablift::cli
