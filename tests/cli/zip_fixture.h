// Builds small ZIP archives (stored, in memory) for CLI tests, through libzip.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tablift::cli_test {

// Returns the bytes of a ZIP holding the given (name, content) entries, in order.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries);

// A minimal valid WordprocessingML package whose body is `body_xml` (the children of w:body).
std::string MakeDocx(const std::string& body_xml);

}  // namespace tablift::cli_test
