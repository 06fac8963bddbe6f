// Trimming paragraph text (the caption candidates of the DOCX and ODT walkers). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tablift::package {

// `text` without leading and trailing spaces, tabs, line breaks and no-break spaces.
std::string TrimText(std::string_view text);

}  // namespace tablift::package
