// The explicit registry of exporters, looked up by case-insensitive name.
#pragma once

#include <string_view>
#include <vector>

#include "core/exporter.h"

namespace tablift {

// Every exporter, in a fixed order (csv, json, xml, ...). The pointers live forever.
const std::vector<const Exporter*>& AllExporters();

// The exporter named `name` (case-insensitive), or nullptr.
const Exporter* FindExporter(std::string_view name);

}  // namespace tablift
