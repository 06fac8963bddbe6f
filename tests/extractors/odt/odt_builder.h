// Test helpers: small ODT packages built in memory (content.xml strings zipped with the CLI
// tests' zip fixture) and extracted with OdtExtractor.
#pragma once

#include <string>

#include "core/extractor.h"
#include "core/table.h"

namespace tablift::odt_test {

// A package with mimetype, content.xml whose office:text holds `body`, and content.xml
// automatic styles `styles` (text:list-style, style:style ...).
std::string MakeOdt(const std::string& body, const std::string& styles = "");

Document Extract(const std::string& bytes, const Limits& limits = {});

// Shorthands: <text:p>text</text:p>, a cell, a row, a table.
std::string P(const std::string& text);
std::string Tc(const std::string& content, const std::string& attrs = "");
std::string Covered(const std::string& attrs = "");
std::string Tr(const std::string& cells, const std::string& attrs = "");
std::string Tbl(const std::string& rows);

}  // namespace tablift::odt_test
