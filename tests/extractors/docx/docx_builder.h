// Test helpers: small DOCX packages built in memory (libzip) and extracted with DocxExtractor.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/extractor.h"
#include "core/table.h"

namespace tablift::testing {

using Parts = std::vector<std::pair<std::string, std::string>>;

// A ZIP archive holding `parts` (name, contents), deflated.
std::string ZipParts(const Parts& parts);

// The WordprocessingML transitional namespace declaration, as attribute text.
inline constexpr const char* kWordNsDecl =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

// A word/document.xml whose w:body holds `body` (w: prefix, mc: declared).
std::string DocumentXml(const std::string& body);

// A package with word/document.xml for `body`, plus styles/numbering parts when not empty
// (their contents go inside w:styles / w:numbering).
std::string MakeDocx(const std::string& body, const std::string& styles = "",
                     const std::string& numbering = "");

Document Extract(const std::string& bytes, const Limits& limits = {});

// Shorthands for building table XML.
std::string P(const std::string& text);  // <w:p><w:r><w:t>text</w:t>...
std::string Tc(const std::string& text, const std::string& tcpr = "");
std::string Tr(const std::string& cells, const std::string& trpr = "");
std::string Tbl(const std::string& rows, int grid_cols);

// A DOCX holding one table of a header row and `rows` rows x 4 columns, with a vertical merge
// running down the first column ("merged", from row 1 to the end): the shapes that could make a
// naive grid builder quadratic. Used by large_table_test.cc and bench/scaling.cc.
std::string LongMergeDocx(int rows);

}  // namespace tablift::testing
