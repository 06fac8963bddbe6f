// Conversion of Poppler's structure tree (tagged PDF) into StructNode values. Internal to the
// Poppler adapter: only poppler_reader.cc calls it.
#pragma once

#include <vector>

#include "extractors/pdf/tagged_content.h"

class PDFDoc;

namespace tablift::pdf {

// The top-level structure elements of `doc` (empty when it has no StructTreeRoot), with page
// numbers resolved for every marked-content reference.
std::vector<StructNode> ConvertStructTree(PDFDoc& doc);

}  // namespace tablift::pdf
