// Pieces of the generic JSON layout (docs/formats.md, "JSON") that the typed JSON layout writes
// the same way: the source description and a diagnostics list. Defined in json_exporter.cc.
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "core/source.h"

namespace tablift {

// {"file", "format", "sha256", "bytes", "pages" (PDF only)}, strings sanitized.
nlohmann::ordered_json SourceJson(const SourceInfo& s);

// [{"severity", "code", "message", "where"}...], strings sanitized.
nlohmann::ordered_json DiagnosticsJson(const Diagnostics& diagnostics);

}  // namespace tablift
