// Word's built-in list ladder: paragraph styles named "List Bullet N", "List Number N" and
// "List N" (N from 2 to 9) indent list level N-1. LibreOffice keeps these names when it converts
// a DOCX, so both the DOCX and the ODT extractor read list depth from them. Pure; thread-safe.
#pragma once

#include <string_view>

namespace tablift::package {

// The list level (0-based) a style of this name (any ASCII case) stands for; 0 for other names.
int BuiltinListDepth(std::string_view style_name);

}  // namespace tablift::package
