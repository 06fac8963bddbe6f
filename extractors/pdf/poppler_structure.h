// Conversion of Poppler's structure tree (tagged PDF) into StructNode values. Internal to the
// Poppler adapter: only poppler_reader.cc calls it.
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "extractors/pdf/tagged_content.h"

class PDFDoc;

namespace tablift::pdf {

// The top-level structure elements of `doc` (empty when it has no StructTreeRoot), with page
// numbers resolved for every marked-content reference. A tree nesting too deep for Poppler's
// recursive parser is not parsed: the result is empty and a warning is added to `diagnostics`.
std::vector<StructNode> ConvertStructTree(PDFDoc& doc, Diagnostics& diagnostics);

}  // namespace tablift::pdf
