#include "cli/library_options.h"

#include "cli/typed_export.h"

namespace tablift::cli {

ConversionOptions LibraryOptions(const ConvertOptions& options) {
  return {options.in.extract, options.grid, options.typed.profile, RunMetadata(options)};
}

ExportOptions ExportOptionsOf(const ConvertOptions& options) {
  return {options.grid, options.provenance, options.typed.excel, options.typed.datapackage};
}

}  // namespace tablift::cli
