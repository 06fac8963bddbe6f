// LoadDocument: one input file through the extraction half of the pipeline: read it, detect its
// format from its first bytes, run the matching extractor and describe the source. Thread-safe.
#pragma once

#include <string>

#include "core/extractor.h"
#include "core/table.h"

namespace tablift::cli {

// Throws Error: kBadInput for a missing, unreadable or unsupported file (neither a ZIP nor a
// PDF) and whatever the extractor throws; kNoTables when the document holds no table.
Document LoadDocument(const std::string& path, const ExtractOptions& options);

}  // namespace tablift::cli
